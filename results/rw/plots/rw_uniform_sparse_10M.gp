# Read-write mixes, uniform_sparse:10M: Mops/s, min-max bars (higher is better)
# (data blocks first; terminal and output are set by the caller)
$d0 << EOD
-0.333333	1.508	1.35128	1.54687
0.666667	1.387	1.06048	1.41727
1.66667	1.282	0.995301	1.31801
2.66667	1.264	1.0468	1.27959
3.66667	0.831	0.72139	0.834913
4.66667	1.389	1.23866	1.42825
5.66667	1.388	1.18983	1.4225
EOD
$d1 << EOD
-0.2	4.223	3.56175	4.36756
0.8	3.807	3.44423	3.93935
1.8	3.926	3.7374	3.98483
2.8	4.558	4.30363	4.61819
3.8	1.253	1.18173	1.31005
4.8	3.834	2.84084	3.99139
5.8	3.791	3.6275	3.98294
EOD
$d2 << EOD
-0.0666667	6.652	6.54669	6.93424
0.933333	5.038	4.85741	5.33259
1.93333	4.477	4.19819	4.61634
2.93333	4.23	3.79622	4.32989
3.93333	1.124	1.08943	1.15839
4.93333	5.084	4.99067	5.29588
5.93333	5.05	4.97221	5.42679
EOD
$d3 << EOD
0.0666667	0.185	0.160397	0.187149
1.06667	0.159	0.144211	0.161633
2.06667	0.163	0.156548	0.173503
3.06667	0.187	0.172481	0.199949
4.06667	0.047	0.031658	0.0503654
5.06667	0.142	0.108631	0.157913
6.06667	0.147	0.10714	0.166057
EOD
$d4 << EOD
0.2	6.948	4.91903	7.4706
1.2	4.469	3.32978	4.68696
2.2	3.312	3.28368	3.55929
3.2	3.26	3.01644	3.28875
4.2	1.312	1.2833	1.39267
5.2	4.434	3.31771	4.88943
6.2	4.322	2.78321	4.91449
EOD
$d5 << EOD
0.333333	1.923	1.29049	1.96728
1.33333	0.831	0.571793	0.851148
2.33333	0.493	0.384074	0.552208
3.33333	0.458	0.429764	0.471663
4.33333	0.186	0.17285	0.191369
6.33333	0.881	0.853453	0.909761
EOD
if (!exists("PS")) PS = 1.1  # point size; the SVG terminal draws points larger
set termoption noenhanced
set datafile separator "\t"
set title "Read-write mixes, uniform_sparse:10M: Mops/s, min-max bars (higher is better)" font ",12"
set border 3 lc rgb "#333333"
set tics nomirror out
set grid ytics lc rgb "#dddddd" lt 1 lw 0.8
set label 99 "omen 28520abf2478 | AMD EPYC, 2 cores | gcc-compatible 12.2.0 | 2026-12-06T09:13:27Z | seed 1, 5 passes" at screen 0.005, screen 0.012 left font ",8" tc rgb "#444444"
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
set yrange [0.0234504:10.0853]
set format y "%g"
set ylabel "Mops/s (log scale)"
set ytics autofreq
plot $d0 using 1:2:3:4 with yerrorbars lc rgb "#56B4E9" pt 12 ps PS lw 1.2 title "btree_dyn", \
     $d1 using 1:2:3:4 with yerrorbars lc rgb "#E69F00" pt 4 ps PS lw 1.2 title "dpgm", \
     $d2 using 1:2:3:4 with yerrorbars lc rgb "#0072B2" pt 8 ps PS lw 1.2 title "gapped", \
     $d3 using 1:2:3:4 with yerrorbars lc rgb "#666666" pt 6 ps PS lw 1.2 dt 2 title "rocksdb wal=0", \
     $d4 using 1:2:3:4 with yerrorbars lc rgb "#D55E00" pt 2 ps PS lw 1.2 title "peer_alex", \
     $d5 using 1:2:3:4 with yerrorbars lc rgb "#56B4E9" pt 12 ps PS lw 1.2 title "peer_lipp"
