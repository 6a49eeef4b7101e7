# Speedup over binary search, point lookups, 1 thread (higher is better)
# (data blocks first; terminal and output are set by the caller)
$d0 << EOD
-0.28	2.30983	1.94576	2.45474
0.72	2.56125	2.27882	2.62593
EOD
$d1 << EOD
-0.14	1.3474	1.28699	1.51991
0.86	1.80893	1.5615	1.8334
EOD
$d2 << EOD
0	3.41273	3.0668	3.65835
1	4.0453	3.22183	4.35705
EOD
$d3 << EOD
0.14	2.15225	1.95739	2.19756
1.14	2.22955	1.85424	2.33452
EOD
$d4 << EOD
0.28	2.52913	2.05404	2.6327
1.28	2.94403	2.91706	3.29033
EOD
if (!exists("PS")) PS = 1.1  # point size; the SVG terminal draws points larger
set termoption noenhanced
set datafile separator "\t"
set title "Speedup over binary search, point lookups, 1 thread (higher is better)" font ",12"
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
unset logscale y
set yrange [0:*]
set ytics autofreq
set format y "%g"
set ylabel "speedup over binary search (x)"
plot $d0 using 1:2:3:4 with yerrorbars lc rgb "#0072B2" pt 5 ps PS lw 1.2 title "btree", \
     $d1 using 1:2:3:4 with yerrorbars lc rgb "#E69F00" pt 9 ps PS lw 1.2 title "linear", \
     $d2 using 1:2:3:4 with yerrorbars lc rgb "#D55E00" pt 13 ps PS lw 1.2 title "rmi", \
     $d3 using 1:2:3:4 with yerrorbars lc rgb "#009E73" pt 11 ps PS lw 1.2 title "pla", \
     $d4 using 1:2:3:4 with yerrorbars lc rgb "#CC79A7" pt 15 ps PS lw 1.2 title "radixspline", \
     1 with lines dt 3 lw 1.5 lc rgb "#000000" title "binary search = 1"
