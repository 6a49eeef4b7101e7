# Speedup over binary search, point lookups, 1 thread (higher is better)
# (data blocks first; terminal and output are set by the caller)
$d0 << EOD
-0.28	2.3839	2.23103	2.49941
0.72	2.18548	2.1004	2.47262
EOD
$d1 << EOD
-0.14	1.65096	1.39545	1.66332
0.86	1.60556	0.897916	1.8866
EOD
$d2 << EOD
0	3.44974	3.32692	3.58776
1	3.7459	3.64373	3.96023
EOD
$d3 << EOD
0.14	2.19089	2.12191	2.21431
1.14	2.02963	1.90945	2.33205
EOD
$d4 << EOD
0.28	2.6044	2.46238	2.75682
1.28	2.21593	2.06091	2.52583
EOD
if (!exists("PS")) PS = 1.1  # point size; the SVG terminal draws points larger
set termoption noenhanced
set datafile separator "\t"
set title "Speedup over binary search, point lookups, 1 thread (higher is better)" font ",12"
set border 3 lc rgb "#333333"
set tics nomirror out
set grid ytics lc rgb "#dddddd" lt 1 lw 0.8
set label 99 "omen 3dfa217514f0 | AMD EPYC, 2 cores | gcc-compatible 12.2.0 | 2026-12-06T06:33:07Z | seed 1, 5 passes" at screen 0.005, screen 0.012 left font ",8" tc rgb "#444444"
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
