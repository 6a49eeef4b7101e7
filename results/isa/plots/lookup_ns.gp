# Point lookups: median ns, 1 thread; bars span the passes' min-max (lower is better)
# (data blocks first; terminal and output are set by the caller)
$d0 << EOD
-0.333333	863.027	571.64	906.064
0.666667	1904.93	1183.42	1961.43
EOD
$d1 << EOD
-0.2	376.888	268.357	474.538
0.8	779.269	451.446	808.462
EOD
$d2 << EOD
-0.0666667	510.176	413.513	714.112
0.933333	1047.59	868.763	1247.09
EOD
$d3 << EOD
0.0666667	202.51	162.413	338.613
1.06667	454.877	256.439	485.317
EOD
$d4 << EOD
0.2	415.72	247.05	453.785
1.2	701.537	500.404	733.19
EOD
$d5 << EOD
0.333333	344.327	230.546	388.598
1.33333	657.934	464.377	812.1
EOD
if (!exists("PS")) PS = 1.1  # point size; the SVG terminal draws points larger
set termoption noenhanced
set datafile separator "\t"
set title "Point lookups: median ns, 1 thread; bars span the passes' min-max (lower is better)" font ",12"
set border 3 lc rgb "#333333"
set tics nomirror out
set grid ytics lc rgb "#dddddd" lt 1 lw 0.8
set label 99 "omen 91378e93a9f1 | AMD EPYC, 2 cores | gcc-compatible 12.2.0 | 2026-12-06T02:30:18Z | seed 1, 5 passes" at screen 0.005, screen 0.012 left font ",8" tc rgb "#444444"
set bmargin 3
set key outside right top vertical Left reverse samplen 1.2 spacing 1.15 font ",9"
set xtics ("lognormal:10M" 0, "lognormal:100M" 1)
set xtics norotate center
set xrange [-0.6:1.6]
set arrow from 0.5, graph 0 to 0.5, graph 1 nohead lc rgb "#cccccc" lw 0.8
set logscale y 10
set yrange [120.306:2647.93]
set format y "%g"
set ylabel "ns per lookup (log scale)"
set ytics (200, 500, 1000, 2000)
plot $d0 using 1:2:3:4 with yerrorbars lc rgb "#000000" pt 7 ps PS lw 1.2 title "binsearch", \
     $d1 using 1:2:3:4 with yerrorbars lc rgb "#0072B2" pt 5 ps PS lw 1.2 title "btree", \
     $d2 using 1:2:3:4 with yerrorbars lc rgb "#E69F00" pt 9 ps PS lw 1.2 title "linear", \
     $d3 using 1:2:3:4 with yerrorbars lc rgb "#D55E00" pt 13 ps PS lw 1.2 title "rmi", \
     $d4 using 1:2:3:4 with yerrorbars lc rgb "#009E73" pt 11 ps PS lw 1.2 title "pla", \
     $d5 using 1:2:3:4 with yerrorbars lc rgb "#CC79A7" pt 15 ps PS lw 1.2 title "radixspline"
