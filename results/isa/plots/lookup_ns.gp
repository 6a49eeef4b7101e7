# Point lookups: median ns, 1 thread; bars span the passes' min-max (lower is better)
# (data blocks first; terminal and output are set by the caller)
$d0 << EOD
-0.333333	500.59	458.064	516.058
0.666667	1028.09	970.819	1110.63
EOD
$d1 << EOD
-0.2	216.722	203.928	257.272
0.8	401.401	391.514	451.15
EOD
$d2 << EOD
-0.0666667	371.522	329.354	388.962
0.933333	568.342	560.754	658.399
EOD
$d3 << EOD
0.0666667	146.683	136.835	163.229
1.06667	254.144	235.96	319.101
EOD
$d4 << EOD
0.2	232.589	227.794	255.744
1.2	461.12	440.385	554.452
EOD
$d5 << EOD
0.333333	197.93	190.143	243.71
1.33333	349.212	312.458	352.44
EOD
if (!exists("PS")) PS = 1.1  # point size; the SVG terminal draws points larger
set termoption noenhanced
set datafile separator "\t"
set title "Point lookups: median ns, 1 thread; bars span the passes' min-max (lower is better)" font ",12"
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
set ylabel "ns per lookup"
plot $d0 using 1:2:3:4 with yerrorbars lc rgb "#000000" pt 7 ps PS lw 1.2 title "binsearch", \
     $d1 using 1:2:3:4 with yerrorbars lc rgb "#0072B2" pt 5 ps PS lw 1.2 title "btree", \
     $d2 using 1:2:3:4 with yerrorbars lc rgb "#E69F00" pt 9 ps PS lw 1.2 title "linear", \
     $d3 using 1:2:3:4 with yerrorbars lc rgb "#D55E00" pt 13 ps PS lw 1.2 title "rmi", \
     $d4 using 1:2:3:4 with yerrorbars lc rgb "#009E73" pt 11 ps PS lw 1.2 title "pla", \
     $d5 using 1:2:3:4 with yerrorbars lc rgb "#CC79A7" pt 15 ps PS lw 1.2 title "radixspline"
