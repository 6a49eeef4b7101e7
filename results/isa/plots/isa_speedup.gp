# Speedup of each kernel ISA over scalar, 1 thread (higher is better)
# (data blocks first; terminal and output are set by the caller)
$d0 << EOD
-0.333333	1	0.935211	1.10023
0.666667	0.968791	0.9199	1.08487
1.66667	0.993738	0.979895	1.01158
EOD
$d1 << EOD
-0.2	1	0.805838	1.03608
0.8	1.0527	1.01956	1.07975
1.8	1.03645	1.01934	1.05796
EOD
$d2 << EOD
-0.0666667	1	0.939557	1.06194
0.933333	1.01689	0.851023	1.03596
1.93333	1.04669	0.717578	1.05942
EOD
$d3 << EOD
0.0666667	1	0.947006	1.02659
1.06667	1.02498	0.925831	1.04894
2.06667	1.08388	1.05727	1.12571
EOD
$d4 << EOD
0.2	1	0.895805	1.02789
1.2	0.932267	0.903665	1.0397
2.2	1.13797	1.13101	1.16881
EOD
$d5 << EOD
0.333333	1	0.976866	1.02824
1.33333	0.991661	0.980065	1.02202
2.33333	1.02099	0.939961	1.04913
EOD
$d6 << EOD
-0.333333	1	0.950706	1.04591
0.666667	0.999181	0.916375	1.04232
1.66667	0.927362	0.854751	1.01903
EOD
$d7 << EOD
-0.2	1	0.831064	1.07217
0.8	1.06813	0.846341	1.13374
1.8	1.02702	0.774484	1.09623
EOD
$d8 << EOD
-0.0666667	1	0.784026	1.14097
0.933333	1.07421	0.899462	1.15553
1.93333	1.2464	1.02153	1.26781
EOD
$d9 << EOD
0.0666667	1	0.561993	1.05776
1.06667	1.02919	0.605005	1.04296
2.06667	1.01766	0.763955	1.08504
EOD
$d10 << EOD
0.2	1	0.782768	1.15061
1.2	1.04507	0.862752	1.05511
2.2	1.26803	0.944858	1.3181
EOD
$d11 << EOD
0.333333	1	0.839569	1.17273
1.33333	0.938831	0.886649	1.11999
2.33333	0.982387	0.863159	1.08961
EOD
if (!exists("PS")) PS = 1.1  # point size; the SVG terminal draws points larger
set termoption noenhanced
set datafile separator "\t"
set multiplot layout 1,3 title "Speedup of each kernel ISA over scalar, 1 thread (higher is better)" font ",12" margins 0.085,0.985,0.1875,0.8250 spacing 0.1,0.2375
set border 3 lc rgb "#333333"
set tics nomirror out
set grid ytics lc rgb "#dddddd" lt 1 lw 0.8
unset key
set label 99 "omen c02f222c088d | AMD EPYC, 2 cores | gcc-compatible 12.2.0 | 2026-11-26T04:38:01Z | seed 1, 5 passes" at screen 0.005, screen 0.012 left font ",8" tc rgb "#444444"
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
