# Read-write mixes, borders_s2_10M: Mops/s, min-max bars (higher is better)
# (data blocks first; terminal and output are set by the caller)
$d0 << EOD
-0.333333	1.483	1.0722	1.71062
0.666667	1.312	0.972808	1.52243
1.66667	1.2	0.945441	1.40716
2.66667	1.168	0.944251	1.33163
3.66667	0.73	0.623611	0.860322
4.66667	1.25	1.01684	1.57432
5.66667	1.544	1.14718	1.98913
EOD
$d1 << EOD
-0.2	2.384	2.06968	3.35365
0.8	3.021	2.30707	3.35245
1.8	3.356	3.05365	3.6477
2.8	3.943	3.90917	4.23837
3.8	0.851	0.687931	0.980144
4.8	2.681	2.17117	3.40189
5.8	2.664	2.32921	3.43217
EOD
$d2 << EOD
-0.0666667	1.585	1.23923	2.31501
0.933333	1.447	1.13935	1.95801
1.93333	1.206	1.04087	1.35117
2.93333	1.168	1.01504	1.33238
3.93333	0.622	0.540624	0.655708
4.93333	1.51	1.03467	1.81865
5.93333	1.902	1.36229	2.27092
EOD
$d3 << EOD
0.0666667	0.15	0.105643	0.188512
1.06667	0.153	0.106646	0.174788
2.06667	0.138	0.0880089	0.166091
3.06667	0.121	0.0989259	0.187029
4.06667	0.034	0.0268162	0.0474308
5.06667	0.141	0.1007	0.149342
6.06667	0.16	0.104252	0.166781
EOD
$d4 << EOD
0.2	1.652	1.03579	2.30057
1.2	0.964	0.822395	1.50393
2.2	0.796	0.652566	1.201
3.2	0.985	0.625293	1.15683
4.2	0.58	0.445579	0.647885
5.2	1.309	0.733386	1.59432
6.2	1.446	1.26988	1.88426
EOD
$d5 << EOD
0.333333	0.807	0.611273	1.05004
1.33333	0.596	0.483701	0.679054
2.33333	0.43	0.375453	0.497746
3.33333	0.443	0.321044	0.479916
4.33333	0.081	0.0671578	0.0859988
6.33333	0.773	0.569671	0.933494
EOD
if (!exists("PS")) PS = 1.1  # point size; the SVG terminal draws points larger
set termoption noenhanced
set datafile separator "\t"
set title "Read-write mixes, borders_s2_10M: Mops/s, min-max bars (higher is better)" font ",12"
set border 3 lc rgb "#333333"
set tics nomirror out
set grid ytics lc rgb "#dddddd" lt 1 lw 0.8
set label 99 "omen 3dfa217514f0 | AMD EPYC, 2 cores | gcc-compatible 12.2.0 | 2026-12-06T06:17:34Z | seed 1, 5 passes" at screen 0.005, screen 0.012 left font ",8" tc rgb "#444444"
set bmargin 6
set key outside right top vertical Left reverse samplen 1.2 spacing 1.15 font ",9"
set xtics ("rw:90" 0, "rw:50" 1, "rw:10" 2, "rw:0" 3, "scan:100" 4, "delete:10" 5, "shift" 6)
set xtics rotate by 30 right
set xrange [-0.6:6.6]
set arrow from 0.5, graph 0 to 0.5, graph 1 nohead lc rgb "#cccccc" lw 0.8
set arrow from 1.5, graph 0 to 1.5, graph 1 nohead lc rgb "#cccccc" lw 0.8
set arrow from 2.5, graph 0 to 2.5, graph 1 nohead lc rgb "#cccccc" lw 0.8
set arrow from 3.5, graph 0 to 3.5, graph 1 nohead lc rgb "#cccccc" lw 0.8
set arrow from 4.5, graph 0 to 4.5, graph 1 nohead lc rgb "#cccccc" lw 0.8
set arrow from 5.5, graph 0 to 5.5, graph 1 nohead lc rgb "#cccccc" lw 0.8
set logscale y 10
set yrange [0.0198638:5.72179]
set format y "%g"
set ylabel "Mops/s (log scale)"
set ytics (0.02, 0.05, 0.1, 0.2, 0.5, 1, 2, 5)
plot $d0 using 1:2:3:4 with yerrorbars lc rgb "#56B4E9" pt 12 ps PS lw 1.2 title "btree_dyn", \
     $d1 using 1:2:3:4 with yerrorbars lc rgb "#E69F00" pt 4 ps PS lw 1.2 title "dpgm", \
     $d2 using 1:2:3:4 with yerrorbars lc rgb "#0072B2" pt 8 ps PS lw 1.2 title "gapped", \
     $d3 using 1:2:3:4 with yerrorbars lc rgb "#666666" pt 6 ps PS lw 1.2 dt 2 title "rocksdb wal=0", \
     $d4 using 1:2:3:4 with yerrorbars lc rgb "#D55E00" pt 2 ps PS lw 1.2 title "peer_alex", \
     $d5 using 1:2:3:4 with yerrorbars lc rgb "#56B4E9" pt 12 ps PS lw 1.2 title "peer_lipp"
