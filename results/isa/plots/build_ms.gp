# Build time of each index (lower is better)
# (data blocks first; terminal and output are set by the caller)
$d0 << EOD
-0.28	7.163	7.163	7.163
0.72	60.756	60.756	60.756
EOD
$d1 << EOD
-0.14	43.634	43.634	43.634
0.86	229.956	229.956	229.956
EOD
$d2 << EOD
0	84.654	84.654	84.654
1	752.039	752.039	752.039
EOD
$d3 << EOD
0.14	74.577	74.577	74.577
1.14	705.595	705.595	705.595
EOD
$d4 << EOD
0.28	70.745	70.745	70.745
1.28	561.136	561.136	561.136
EOD
if (!exists("PS")) PS = 1.1  # point size; the SVG terminal draws points larger
set termoption noenhanced
set datafile separator "\t"
set title "Build time of each index (lower is better)" font ",12"
set border 3 lc rgb "#333333"
set tics nomirror out
set grid ytics lc rgb "#dddddd" lt 1 lw 0.8
set label 99 "omen 13dcd38f295a | AMD EPYC, 2 cores | gcc-compatible 12.2.0 | 2026-12-06T15:22:30Z | seed 1, 5 passes" at screen 0.005, screen 0.012 left font ",8" tc rgb "#444444"
set bmargin 3
set key outside right top vertical Left reverse samplen 1.2 spacing 1.15 font ",9"
set xtics ("lognormal:10M" 0, "lognormal:100M" 1)
set xtics norotate center
set xrange [-0.6:1.6]
set arrow from 0.5, graph 0 to 0.5, graph 1 nohead lc rgb "#cccccc" lw 0.8
set logscale y 10
set yrange [5.30593:1015.25]
set format y "%g"
set ylabel "build time, ms (log scale)"
set ytics (10, 20, 50, 100, 200, 500, 1000)
plot $d0 using 1:2 with points lc rgb "#0072B2" pt 5 ps PS lw 1.2 title "btree", \
     $d1 using 1:2 with points lc rgb "#E69F00" pt 9 ps PS lw 1.2 title "linear", \
     $d2 using 1:2 with points lc rgb "#D55E00" pt 13 ps PS lw 1.2 title "rmi", \
     $d3 using 1:2 with points lc rgb "#009E73" pt 11 ps PS lw 1.2 title "pla", \
     $d4 using 1:2 with points lc rgb "#CC79A7" pt 15 ps PS lw 1.2 title "radixspline"
