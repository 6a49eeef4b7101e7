# Speedup of each kernel ISA over scalar, 1 thread (higher is better)
# (data blocks first; terminal and output are set by the caller)
$d0 << EOD
-0.333333	1	0.952501	1.50974
0.666667	0.990787	0.912335	1.52497
1.66667	1.01983	0.909765	1.53733
EOD
$d1 << EOD
-0.2	1	0.794221	1.40443
0.8	0.996025	0.929097	1.46178
1.8	0.961886	0.883587	1.52401
EOD
$d2 << EOD
-0.0666667	1	0.71442	1.23376
0.933333	0.62155	0.564582	1.34918
1.93333	0.607017	0.542011	1.33648
EOD
$d3 << EOD
0.0666667	1	0.598057	1.24688
1.06667	0.878081	0.682935	1.41596
2.06667	0.900212	0.752224	1.44073
EOD
$d4 << EOD
0.2	1	0.916117	1.68274
1.2	1.1084	0.932434	1.76346
2.2	1.01575	0.886818	1.77553
EOD
$d5 << EOD
0.333333	1	0.886075	1.49353
1.33333	1.05378	0.928618	1.53734
2.33333	1.05657	0.980416	1.50166
EOD
$d6 << EOD
-0.333333	1	0.971197	1.60968
0.666667	1.14384	0.940453	1.65364
1.66667	0.975615	0.941114	1.62178
EOD
$d7 << EOD
-0.2	1	0.963891	1.72616
0.8	1.18494	1.12453	1.73755
1.8	1.18041	1.04661	1.76908
EOD
$d8 << EOD
-0.0666667	1	0.840025	1.20584
0.933333	0.864287	0.751578	1.43006
1.93333	0.97983	0.744895	1.39754
EOD
$d9 << EOD
0.0666667	1	0.937278	1.77382
1.06667	1.36518	0.997579	1.88929
2.06667	1.30176	1.0108	2.02338
EOD
$d10 << EOD
0.2	1	0.956828	1.40194
1.2	1.17949	0.889738	1.62159
2.2	1.19754	0.903257	1.66936
EOD
$d11 << EOD
0.333333	1	0.810164	1.41681
1.33333	1.09651	0.946745	1.67878
2.33333	1.17691	0.964026	1.62656
EOD
if (!exists("PS")) PS = 1.1  # point size; the SVG terminal draws points larger
set termoption noenhanced
set datafile separator "\t"
set multiplot layout 1,3 title "Speedup of each kernel ISA over scalar, 1 thread (higher is better)" font ",12" margins 0.085,0.985,0.1875,0.8250 spacing 0.1,0.2375
set border 3 lc rgb "#333333"
set tics nomirror out
set grid ytics lc rgb "#dddddd" lt 1 lw 0.8
unset key
set label 99 "omen 91378e93a9f1 | AMD EPYC, 2 cores | gcc-compatible 12.2.0 | 2026-12-06T02:30:18Z | seed 1, 5 passes" at screen 0.005, screen 0.012 left font ",8" tc rgb "#444444"
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
