# Build time of each index (lower is better)
# (data blocks first; terminal and output are set by the caller)
$d0 << EOD
-0.28	13.488	13.488	13.488
0.72	52.744	52.744	52.744
EOD
$d1 << EOD
-0.14	27.258	27.258	27.258
0.86	277.048	277.048	277.048
EOD
$d2 << EOD
0	76.515	76.515	76.515
1	727.647	727.647	727.647
EOD
$d3 << EOD
0.14	82.334	82.334	82.334
1.14	883.165	883.165	883.165
EOD
$d4 << EOD
0.28	72.19	72.19	72.19
1.28	717.071	717.071	717.071
EOD
if (!exists("PS")) PS = 1.1  # point size; the SVG terminal draws points larger
set termoption noenhanced
set datafile separator "\t"
set title "Build time of each index (lower is better)" font ",12"
set border 3 lc rgb "#333333"
set tics nomirror out
set grid ytics lc rgb "#dddddd" lt 1 lw 0.8
set label 99 "omen c02f222c088d | AMD EPYC, 2 cores | gcc-compatible 12.2.0 | 2026-11-26T04:38:01Z | seed 1, 5 passes" at screen 0.005, screen 0.012 left font ",8" tc rgb "#444444"
set bmargin 3
set key outside right top vertical Left reverse samplen 1.2 spacing 1.15 font ",9"
set xtics ("lognormal:10M" 0, "lognormal:100M" 1)
set xtics norotate center
set xrange [-0.6:1.6]
set arrow from 0.5, graph 0 to 0.5, graph 1 nohead lc rgb "#cccccc" lw 0.8
set logscale y 10
set yrange [9.99111:1192.27]
set format y "%g"
set ylabel "build time, ms (log scale)"
set ytics (10, 20, 50, 100, 200, 500, 1000)
plot $d0 using 1:2 with points lc rgb "#0072B2" pt 5 ps PS lw 1.2 title "btree", \
     $d1 using 1:2 with points lc rgb "#E69F00" pt 9 ps PS lw 1.2 title "linear", \
     $d2 using 1:2 with points lc rgb "#D55E00" pt 13 ps PS lw 1.2 title "rmi", \
     $d3 using 1:2 with points lc rgb "#009E73" pt 11 ps PS lw 1.2 title "pla", \
     $d4 using 1:2 with points lc rgb "#CC79A7" pt 15 ps PS lw 1.2 title "radixspline"
