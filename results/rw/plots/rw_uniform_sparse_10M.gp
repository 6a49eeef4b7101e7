# Read-write mixes, uniform_sparse:10M: Mops/s, min-max bars (higher is better)
# (data blocks first; terminal and output are set by the caller)
$d0 << EOD
-0.21	0.804	0.564702	0.848322
0.79	0.667	0.641851	1.10554
1.79	0.675	0.490248	1.12457
2.79	0.879	0.482869	1.07814
3.79	0.632	0.390087	0.666002
4.79	0.959	0.679443	1.27925
5.79	0.914	0.464429	1.30724
EOD
$d1 << EOD
-0.07	2.242	1.72381	3.87619
0.93	2.532	1.56614	3.35878
1.93	2.198	1.57007	3.2423
2.93	2.494	2.01005	3.59957
3.93	0.683	0.53843	1.09846
4.93	2.673	1.84471	3.30178
5.93	2.591	1.93094	3.18475
EOD
$d2 << EOD
0.07	2.681	1.73628	3.62047
1.07	2.387	1.84566	3.65261
2.07	1.87	1.59797	2.94791
3.07	2.099	1.68962	3.03236
4.07	0.564	0.508274	0.860771
5.07	2.215	1.87724	3.23803
6.07	1.988	1.80177	3.50662
EOD
$d3 << EOD
0.21	0.14	0.131504	0.14027
1.21	0.143	0.139662	0.147538
2.21	0.151	0.131942	0.171535
3.21	0.174	0.169497	0.201072
4.21	0.04	0.0330249	0.0435334
5.21	0.098	0.0932532	0.130969
6.21	0.141	0.136213	0.150183
EOD
if (!exists("PS")) PS = 1.1  # point size; the SVG terminal draws points larger
set termoption noenhanced
set datafile separator "\t"
set title "Read-write mixes, uniform_sparse:10M: Mops/s, min-max bars (higher is better)" font ",12"
set border 3 lc rgb "#333333"
set tics nomirror out
set grid ytics lc rgb "#dddddd" lt 1 lw 0.8
set label 99 "omen 51551cee61c5 | AMD EPYC, 2 cores | gcc-compatible 12.2.0 | 2026-12-05T22:57:08Z | seed 1, 5 passes" at screen 0.005, screen 0.012 left font ",8" tc rgb "#444444"
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
set yrange [0.0244629:5.23286]
set format y "%g"
set ylabel "Mops/s (log scale)"
set ytics (0.05, 0.1, 0.2, 0.5, 1, 2, 5)
plot $d0 using 1:2:3:4 with yerrorbars lc rgb "#56B4E9" pt 12 ps PS lw 1.2 title "btree_dyn", \
     $d1 using 1:2:3:4 with yerrorbars lc rgb "#E69F00" pt 4 ps PS lw 1.2 title "dpgm", \
     $d2 using 1:2:3:4 with yerrorbars lc rgb "#0072B2" pt 8 ps PS lw 1.2 title "gapped", \
     $d3 using 1:2:3:4 with yerrorbars lc rgb "#666666" pt 6 ps PS lw 1.2 dt 2 title "rocksdb wal=0"
