# Read-write mixes, uniform_sparse:10M: Mops/s, min-max bars (higher is better)
# (data blocks first; terminal and output are set by the caller)
$d0 << EOD
-0.333333	1.408	1.2488	1.45926
0.666667	1.31	1.21737	1.3768
1.66667	1.191	1.11878	1.24996
2.66667	1.134	1.10042	1.23192
3.66667	0.749	0.722368	0.794445
4.66667	1.293	1.21434	1.40055
5.66667	1.289	1.18251	1.39227
EOD
$d1 << EOD
-0.2	4.015	3.92365	4.23781
0.8	3.692	3.6487	3.78659
1.8	3.902	3.80211	3.93862
2.8	4.465	4.34043	4.58829
3.8	1.206	1.17471	1.27538
4.8	3.821	3.63851	3.90648
5.8	3.708	3.64122	3.79223
EOD
$d2 << EOD
-0.0666667	3.952	3.58479	4.19419
0.933333	3.467	3.3882	3.73125
1.93333	3.266	3.07531	3.41
2.93333	3.151	2.99321	3.42309
3.93333	0.908	0.894888	1.00727
4.93333	3.342	3.32463	3.47127
5.93333	3.489	3.17599	3.53247
EOD
$d3 << EOD
0.0666667	0.178	0.136449	0.181988
1.06667	0.155	0.110824	0.163516
2.06667	0.169	0.114461	0.171293
3.06667	0.193	0.122537	0.200626
4.06667	0.048	0.0375186	0.0497122
5.06667	0.149	0.0975856	0.153597
6.06667	0.158	0.103068	0.161612
EOD
$d4 << EOD
0.2	7.061	4.69649	7.61383
1.2	4.692	2.97176	5.09848
2.2	3.599	2.30441	3.68384
3.2	3.195	2.08837	3.53692
4.2	1.37	1.12952	1.5721
5.2	4.584	3.9072	5.13257
6.2	4.615	2.91226	5.02851
EOD
$d5 << EOD
0.333333	1.888	1.38593	2.16118
1.33333	0.841	0.623488	0.85994
2.33333	0.482	0.444972	0.518794
3.33333	0.453	0.406554	0.455401
4.33333	0.18	0.165848	0.183741
6.33333	0.847	0.784913	0.877128
EOD
if (!exists("PS")) PS = 1.1  # point size; the SVG terminal draws points larger
set termoption noenhanced
set datafile separator "\t"
set title "Read-write mixes, uniform_sparse:10M: Mops/s, min-max bars (higher is better)" font ",12"
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
set yrange [0.0277916:10.2787]
set format y "%g"
set ylabel "Mops/s (log scale)"
set ytics autofreq
plot $d0 using 1:2:3:4 with yerrorbars lc rgb "#56B4E9" pt 12 ps PS lw 1.2 title "btree_dyn", \
     $d1 using 1:2:3:4 with yerrorbars lc rgb "#E69F00" pt 4 ps PS lw 1.2 title "dpgm", \
     $d2 using 1:2:3:4 with yerrorbars lc rgb "#0072B2" pt 8 ps PS lw 1.2 title "gapped", \
     $d3 using 1:2:3:4 with yerrorbars lc rgb "#666666" pt 6 ps PS lw 1.2 dt 2 title "rocksdb wal=0", \
     $d4 using 1:2:3:4 with yerrorbars lc rgb "#D55E00" pt 2 ps PS lw 1.2 title "peer_alex", \
     $d5 using 1:2:3:4 with yerrorbars lc rgb "#56B4E9" pt 12 ps PS lw 1.2 title "peer_lipp"
