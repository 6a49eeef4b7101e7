# Point lookups: median ns, 1 thread; bars span the passes' min-max (lower is better)
# (data blocks first; terminal and output are set by the caller)
$d0 << EOD
-0.333333	408.33	371.132	436.618
0.666667	653.062	624.393	686.923
EOD
$d1 << EOD
-0.2	170.276	164.347	211.303
0.8	316.396	295.099	380.712
EOD
$d2 << EOD
-0.0666667	175.841	165.584	187.153
0.933333	370.581	324.794	472.664
EOD
$d3 << EOD
0.0666667	122.268	119.101	129.11
1.06667	179.563	169.757	319.511
EOD
$d4 << EOD
0.2	203.5	197.978	227.17
1.2	314.116	272.999	401.289
EOD
$d5 << EOD
0.333333	149.357	145.255	152.894
1.33333	343.141	292.601	408.711
EOD
if (!exists("PS")) PS = 1.1  # point size; the SVG terminal draws points larger
set termoption noenhanced
set datafile separator "\t"
set title "Point lookups: median ns, 1 thread; bars span the passes' min-max (lower is better)" font ",12"
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
