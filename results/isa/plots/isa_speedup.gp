# Speedup of each kernel ISA over scalar, 1 thread (higher is better)
# (data blocks first; terminal and output are set by the caller)
$d0 << EOD
-0.333333	1	0.970027	1.09284
0.666667	1.02149	0.978887	1.0594
1.66667	1.02214	0.973151	1.09176
EOD
$d1 << EOD
-0.2	1	0.842385	1.06274
0.8	1.02641	0.917513	1.03949
1.8	0.971983	0.882505	1.1024
EOD
$d2 << EOD
-0.0666667	1	0.955163	1.12803
0.933333	1.0847	1.02157	1.21944
1.93333	1.095	0.921418	1.32519
EOD
$d3 << EOD
0.0666667	1	0.898633	1.07197
1.06667	1.08212	0.950493	1.14124
2.06667	1.10019	0.982353	1.15343
EOD
$d4 << EOD
0.2	1	0.90946	1.02105
1.2	1.06244	1.01981	1.094
2.2	1.0954	1.02957	1.11749
EOD
$d5 << EOD
0.333333	1	0.812154	1.04095
1.33333	1.02639	0.949614	1.10033
2.33333	1.02443	0.921548	1.10234
EOD
$d6 << EOD
-0.333333	1	0.925684	1.05899
0.666667	1.00955	0.970511	1.04242
1.66667	0.988984	0.806632	1.06544
EOD
$d7 << EOD
-0.2	1	0.889728	1.02525
0.8	1.03146	0.934053	1.03829
1.8	1.02462	0.854325	1.1126
EOD
$d8 << EOD
-0.0666667	1	0.863218	1.01353
0.933333	0.971681	0.859317	1.07418
1.93333	1.00397	0.838197	1.15794
EOD
$d9 << EOD
0.0666667	1	0.796437	1.07706
1.06667	1.2007	0.61609	1.25601
2.06667	1.10755	0.682225	1.22178
EOD
$d10 << EOD
0.2	1	0.831668	1.04708
1.2	1.24918	0.870053	1.38009
2.2	1.16072	0.914941	1.26504
EOD
$d11 << EOD
0.333333	1	0.990841	1.11763
1.33333	1.03576	0.866507	1.11315
2.33333	1.03393	0.897392	1.04439
EOD
if (!exists("PS")) PS = 1.1  # point size; the SVG terminal draws points larger
set termoption noenhanced
set datafile separator "\t"
set multiplot layout 1,3 title "Speedup of each kernel ISA over scalar, 1 thread (higher is better)" font ",12" margins 0.085,0.985,0.1875,0.8250 spacing 0.1,0.2375
set border 3 lc rgb "#333333"
set tics nomirror out
set grid ytics lc rgb "#dddddd" lt 1 lw 0.8
unset key
set label 99 "omen 13dcd38f295a | AMD EPYC, 2 cores | gcc-compatible 12.2.0 | 2026-12-06T15:22:30Z | seed 1, 5 passes" at screen 0.005, screen 0.012 left font ",8" tc rgb "#444444"
unset logscale
unset arrow
set autoscale
set xtics autofreq
set title "lognormal:10M" font ",10"
set xtics ("scalar" 0, "avx2" 1, "avx512" 2)
set xrange [-0.6:2.6]
set xlabel 'kernel ISA'
unset logscale y
set yrange [0:*]
set ytics autofreq
set format y "%g"
set ylabel "speedup over scalar (x)"
plot $d0 using 1:2:3:4 with yerrorlines lc rgb "#000000" pt 7 ps PS lw 1.6 notitle, \
     $d1 using 1:2:3:4 with yerrorlines lc rgb "#0072B2" pt 5 ps PS lw 1.6 notitle, \
     $d2 using 1:2:3:4 with yerrorlines lc rgb "#E69F00" pt 9 ps PS lw 1.6 notitle, \
     $d3 using 1:2:3:4 with yerrorlines lc rgb "#D55E00" pt 13 ps PS lw 1.6 notitle, \
     $d4 using 1:2:3:4 with yerrorlines lc rgb "#009E73" pt 11 ps PS lw 1.6 notitle, \
     $d5 using 1:2:3:4 with yerrorlines lc rgb "#CC79A7" pt 15 ps PS lw 1.6 notitle, \
     1 with lines dt 3 lw 1.5 lc rgb "#000000" notitle
unset label 99
unset logscale
unset arrow
set autoscale
set xtics autofreq
set title "lognormal:100M" font ",10"
set xtics ("scalar" 0, "avx2" 1, "avx512" 2)
set xrange [-0.6:2.6]
set xlabel 'kernel ISA'
unset logscale y
set yrange [0:*]
set ytics autofreq
set format y "%g"
set ylabel "speedup over scalar (x)"
plot $d6 using 1:2:3:4 with yerrorlines lc rgb "#000000" pt 7 ps PS lw 1.6 notitle, \
     $d7 using 1:2:3:4 with yerrorlines lc rgb "#0072B2" pt 5 ps PS lw 1.6 notitle, \
     $d8 using 1:2:3:4 with yerrorlines lc rgb "#E69F00" pt 9 ps PS lw 1.6 notitle, \
     $d9 using 1:2:3:4 with yerrorlines lc rgb "#D55E00" pt 13 ps PS lw 1.6 notitle, \
     $d10 using 1:2:3:4 with yerrorlines lc rgb "#009E73" pt 11 ps PS lw 1.6 notitle, \
     $d11 using 1:2:3:4 with yerrorlines lc rgb "#CC79A7" pt 15 ps PS lw 1.6 notitle, \
     1 with lines dt 3 lw 1.5 lc rgb "#000000" notitle
unset border
unset tics
unset grid
unset xlabel
unset ylabel
unset title
unset logscale
unset arrow
set xrange [0:1]
set yrange [0:1]
set key center center vertical Left reverse samplen 2 spacing 1.2 font ",9"
plot NaN with linespoints lc rgb "#000000" pt 7 ps PS lw 1.6 title "binsearch", \
     NaN with linespoints lc rgb "#0072B2" pt 5 ps PS lw 1.6 title "btree", \
     NaN with linespoints lc rgb "#E69F00" pt 9 ps PS lw 1.6 title "linear", \
     NaN with linespoints lc rgb "#D55E00" pt 13 ps PS lw 1.6 title "rmi", \
     NaN with linespoints lc rgb "#009E73" pt 11 ps PS lw 1.6 title "pla", \
     NaN with linespoints lc rgb "#CC79A7" pt 15 ps PS lw 1.6 title "radixspline", \
     NaN with lines dt 3 lw 1.5 lc rgb "#000000" title "scalar = 1"
unset multiplot
