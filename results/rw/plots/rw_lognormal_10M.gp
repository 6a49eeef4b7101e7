# Read-write mixes, lognormal:10M: Mops/s, min-max bars (higher is better)
# (data blocks first; terminal and output are set by the caller)
$d0 << EOD
-0.333333	1.471	1.21134	1.57429
0.666667	1.397	1.17259	1.44901
1.66667	1.277	1.12122	1.39078
2.66667	1.278	1.12039	1.31418
3.66667	0.747	0.699039	0.847347
4.66667	1.308	1.1161	1.49269
5.66667	1.87	1.4166	1.91154
EOD
$d1 << EOD
-0.2	4.609	2.96225	4.99236
0.8	5.035	3.19592	5.24882
1.8	6.857	5.50491	7.38018
2.8	9.208	7.27431	9.66604
3.8	1.714	1.21454	1.77373
4.8	4.906	3.42596	5.23843
5.8	4.986	3.59579	5.45959
EOD
$d2 << EOD
-0.0666667	6.454	3.97526	7.09537
0.933333	4.961	3.40515	5.54342
1.93333	4.562	2.57259	4.82891
2.93333	4.136	2.52784	4.72905
3.93333	1.176	0.867277	1.24587
4.93333	5.043	3.19349	5.48519
5.93333	4.902	3.24664	5.24354
EOD
$d3 << EOD
0.0666667	0.238	0.188197	0.260927
1.06667	0.239	0.198643	0.248712
2.06667	0.255	0.164585	0.281936
3.06667	0.285	0.191623	0.341111
4.06667	0.063	0.0390538	0.0702801
5.06667	0.189	0.132615	0.229883
6.06667	0.228	0.160247	0.278042
EOD
$d4 << EOD
0.2	5.806	4.07697	7.42799
1.2	3.683	2.50459	4.90959
2.2	2.552	1.87804	3.49631
3.2	2.521	1.71971	3.42407
4.2	1.224	1.03734	1.44618
5.2	3.838	2.58863	4.83145
6.2	3.89	2.80286	5.05114
EOD
$d5 << EOD
0.333333	2.107	1.24618	2.35869
1.33333	1.251	0.788469	1.45956
2.33333	0.823	0.588307	0.957041
3.33333	0.653	0.557226	0.911369
4.33333	0.144	0.103881	0.153829
6.33333	1.218	0.777537	1.38051
EOD
if (!exists("PS")) PS = 1.1  # point size; the SVG terminal draws points larger
set termoption noenhanced
set datafile separator "\t"
set title "Read-write mixes, lognormal:10M: Mops/s, min-max bars (higher is better)" font ",12"
set border 3 lc rgb "#333333"
set tics nomirror out
set grid ytics lc rgb "#dddddd" lt 1 lw 0.8
set label 99 "omen 92d80755a507 | AMD EPYC, 2 cores | gcc-compatible 12.2.0 | 2026-12-06T12:12:03Z | seed 1, 5 passes" at screen 0.005, screen 0.012 left font ",8" tc rgb "#444444"
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
set yrange [0.0289287:13.0492]
set format y "%g"
set ylabel "Mops/s (log scale)"
set ytics autofreq
plot $d0 using 1:2:3:4 with yerrorbars lc rgb "#56B4E9" pt 12 ps PS lw 1.2 title "btree_dyn", \
     $d1 using 1:2:3:4 with yerrorbars lc rgb "#E69F00" pt 4 ps PS lw 1.2 title "dpgm", \
     $d2 using 1:2:3:4 with yerrorbars lc rgb "#0072B2" pt 8 ps PS lw 1.2 title "gapped", \
     $d3 using 1:2:3:4 with yerrorbars lc rgb "#666666" pt 6 ps PS lw 1.2 dt 2 title "rocksdb wal=0", \
     $d4 using 1:2:3:4 with yerrorbars lc rgb "#D55E00" pt 2 ps PS lw 1.2 title "peer_alex", \
     $d5 using 1:2:3:4 with yerrorbars lc rgb "#56B4E9" pt 12 ps PS lw 1.2 title "peer_lipp"
