# Speedup of each kernel ISA over scalar, 1 thread (higher is better)
# (data blocks first; terminal and output are set by the caller)
$d0 << EOD
-0.333333	1	0.955505	1.09693
0.666667	0.969474	0.934166	1.11742
1.66667	1.01045	0.941658	1.082
EOD
$d1 << EOD
-0.2	1	0.935872	1.04845
0.8	1.04683	0.922906	1.08771
1.8	1.06111	0.88742	1.09927
EOD
$d2 << EOD
-0.0666667	1	0.845235	1.00749
0.933333	1.01579	0.891291	1.03172
1.93333	1.01335	0.852031	1.02835
EOD
$d3 << EOD
0.0666667	1	0.964397	1.04001
1.06667	1.09386	1.03752	1.1212
2.06667	1.11407	1.05548	1.12275
EOD
$d4 << EOD
0.2	1	0.968515	1.01069
1.2	1.04501	1.01596	1.07358
2.2	1.0618	1.03632	1.10831
EOD
$d5 << EOD
0.333333	1	0.945472	1.05853
1.33333	1.03426	0.953052	1.07311
2.33333	1.03193	0.960672	1.06425
EOD
$d6 << EOD
-0.333333	1	0.881248	1.04791
0.666667	0.964383	0.864026	1.01954
1.66667	0.977004	0.876571	1.00368
EOD
$d7 << EOD
-0.2	1	0.961067	1.13138
0.8	1.09024	0.989334	1.19817
1.8	1.06184	0.638625	1.23898
EOD
$d8 << EOD
-0.0666667	1	0.559256	1.17504
0.933333	1.07282	0.490598	1.19155
1.93333	1.06841	0.508806	1.18226
EOD
$d9 << EOD
0.0666667	1	0.972726	1.05722
1.06667	1.16481	1.05117	1.21281
2.06667	1.12832	1.10217	1.22519
EOD
$d10 << EOD
0.2	1	0.940787	1.149
1.2	1.24513	1.08675	1.36746
2.2	1.25601	1.13211	1.40778
EOD
$d11 << EOD
0.333333	1	0.930041	1.13985
1.33333	1.15263	1.07537	1.29612
2.33333	1.16462	1.04584	1.29522
EOD
if (!exists("PS")) PS = 1.1  # point size; the SVG terminal draws points larger
set termoption noenhanced
set datafile separator "\t"
set multiplot layout 1,3 title "Speedup of each kernel ISA over scalar, 1 thread (higher is better)" font ",12" margins 0.085,0.985,0.1875,0.8250 spacing 0.1,0.2375
set border 3 lc rgb "#333333"
set tics nomirror out
set grid ytics lc rgb "#dddddd" lt 1 lw 0.8
unset key
set label 99 "omen 3dfa217514f0 | AMD EPYC, 2 cores | gcc-compatible 12.2.0 | 2026-12-06T06:33:07Z | seed 1, 5 passes" at screen 0.005, screen 0.012 left font ",8" tc rgb "#444444"
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
