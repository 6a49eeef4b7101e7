# Point lookups: median ns, 1 thread; bars span the passes' min-max (lower is better)
# (data blocks first; terminal and output are set by the caller)
$d0 << EOD
-0.333333	466.57	425.34	488.297
0.666667	924.211	881.956	1048.75
EOD
$d1 << EOD
-0.2	195.717	186.672	209.128
0.8	422.886	373.778	440.017
EOD
$d2 << EOD
-0.0666667	282.606	280.505	334.352
0.933333	575.633	489.882	1029.28
EOD
$d3 << EOD
0.0666667	135.248	130.045	140.241
1.06667	246.726	233.373	253.644
EOD
$d4 << EOD
0.2	212.959	210.707	219.882
1.2	455.359	396.308	484.019
EOD
$d5 << EOD
0.333333	179.147	169.242	189.479
1.33333	417.075	365.904	448.448
EOD
if (!exists("PS")) PS = 1.1  # point size; the SVG terminal draws points larger
set termoption noenhanced
set datafile separator "\t"
set title "Point lookups: median ns, 1 thread; bars span the passes' min-max (lower is better)" font ",12"
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
set ylabel "ns per lookup"
plot $d0 using 1:2:3:4 with yerrorbars lc rgb "#000000" pt 7 ps PS lw 1.2 title "binsearch", \
     $d1 using 1:2:3:4 with yerrorbars lc rgb "#0072B2" pt 5 ps PS lw 1.2 title "btree", \
     $d2 using 1:2:3:4 with yerrorbars lc rgb "#E69F00" pt 9 ps PS lw 1.2 title "linear", \
     $d3 using 1:2:3:4 with yerrorbars lc rgb "#D55E00" pt 13 ps PS lw 1.2 title "rmi", \
     $d4 using 1:2:3:4 with yerrorbars lc rgb "#009E73" pt 11 ps PS lw 1.2 title "pla", \
     $d5 using 1:2:3:4 with yerrorbars lc rgb "#CC79A7" pt 15 ps PS lw 1.2 title "radixspline"
