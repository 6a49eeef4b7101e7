# Build time of each index (lower is better)
# (data blocks first; terminal and output are set by the caller)
$d0 << EOD
-0.342857	18.104	18.104	18.104
0.657143	9.902	9.902	9.902
1.65714	14.812	14.812	14.812
2.65714	14.342	14.342	14.342
3.65714	24.806	24.806	24.806
4.65714	12.716	12.716	12.716
5.65714	0.088	0.088	0.088
6.65714	0.353	0.353	0.353
EOD
$d1 << EOD
-0.228571	34.444	34.444	34.444
0.771429	33.723	33.723	33.723
1.77143	34.499	34.499	34.499
2.77143	33.825	33.825	33.825
3.77143	15.533	15.533	15.533
4.77143	4.947	4.947	4.947
5.77143	1.532	1.532	1.532
6.77143	2.469	2.469	2.469
EOD
$d2 << EOD
-0.114286	66.543	66.543	66.543
0.885714	65.344	65.344	65.344
1.88571	65.679	65.679	65.679
2.88571	66.732	66.732	66.732
3.88571	34.752	34.752	34.752
4.88571	10.321	10.321	10.321
5.88571	2.04	2.04	2.04
6.88571	5.158	5.158	5.158
EOD
$d3 << EOD
0	152.884	152.884	152.884
1	153.459	153.459	153.459
2	216.461	216.461	216.461
3	151.158	151.158	151.158
4	81.656	81.656	81.656
5	25.672	25.672	25.672
6	4.422	4.422	4.422
7	14.255	14.255	14.255
EOD
$d4 << EOD
0.114286	69.782	69.782	69.782
1.11429	68.714	68.714	68.714
2.11429	59.697	59.697	59.697
3.11429	67.075	67.075	67.075
4.11429	18.703	18.703	18.703
5.11429	19.995	19.995	19.995
6.11429	4.333	4.333	4.333
7.11429	19.295	19.295	19.295
EOD
$d5 << EOD
0.228571	1398.23	1398.23	1398.23
1.22857	1343.21	1343.21	1343.21
2.22857	1319.55	1319.55	1319.55
3.22857	1339.36	1339.36	1339.36
4.22857	511.991	511.991	511.991
5.22857	184.362	184.362	184.362
6.22857	30.718	30.718	30.718
7.22857	67.397	67.397	67.397
EOD
$d6 << EOD
0.342857	1214.12	1214.12	1214.12
1.34286	1250.55	1250.55	1250.55
2.34286	1224.18	1224.18	1224.18
3.34286	1236.42	1236.42	1236.42
4.34286	384.445	384.445	384.445
5.34286	150.875	150.875	150.875
6.34286	28.198	28.198	28.198
7.34286	61.116	61.116	61.116
EOD
if (!exists("PS")) PS = 1.1  # point size; the SVG terminal draws points larger
set termoption noenhanced
set datafile separator "\t"
set title "Build time of each index (lower is better)" font ",12"
set border 3 lc rgb "#333333"
set tics nomirror out
set grid ytics lc rgb "#dddddd" lt 1 lw 0.8
set label 99 "omen 346815f09be7 | AMD EPYC, 2 cores | gcc-compatible 12.2.0 | 2026-11-26T00:03:05Z | seed 1, 9 passes" at screen 0.005, screen 0.012 left font ",8" tc rgb "#444444"
set bmargin 8
set key outside right top vertical Left reverse samplen 1.2 spacing 1.15 font ",9"
set xtics ("lognormal:10M" 0, "uniform_sparse:10M" 1, "zipf_gaps:10M" 2, "normal:10M" 3, "geoip_ipv4" 4, "geoip_ipv6" 5, "cities_s2" 6, "words" 7)
set xtics rotate by 30 right
set xrange [-0.6:7.6]
set arrow from 0.5, graph 0 to 0.5, graph 1 nohead lc rgb "#cccccc" lw 0.8
set arrow from 1.5, graph 0 to 1.5, graph 1 nohead lc rgb "#cccccc" lw 0.8
set arrow from 2.5, graph 0 to 2.5, graph 1 nohead lc rgb "#cccccc" lw 0.8
set arrow from 3.5, graph 0 to 3.5, graph 1 nohead lc rgb "#cccccc" lw 0.8
set arrow from 4.5, graph 0 to 4.5, graph 1 nohead lc rgb "#cccccc" lw 0.8
set arrow from 5.5, graph 0 to 5.5, graph 1 nohead lc rgb "#cccccc" lw 0.8
set arrow from 6.5, graph 0 to 6.5, graph 1 nohead lc rgb "#cccccc" lw 0.8
set logscale y 10
set yrange [0.0651852:1887.61]
set format y "%g"
set ylabel "build time, ms (log scale)"
set ytics autofreq
plot $d0 using 1:2 with points lc rgb "#0072B2" pt 5 ps PS lw 1.2 title "btree", \
     $d1 using 1:2 with points lc rgb "#E69F00" pt 9 ps PS lw 1.2 title "linear", \
     $d2 using 1:2 with points lc rgb "#D55E00" pt 13 ps PS lw 1.2 title "rmi", \
     $d3 using 1:2 with points lc rgb "#009E73" pt 11 ps PS lw 1.2 title "pla", \
     $d4 using 1:2 with points lc rgb "#CC79A7" pt 15 ps PS lw 1.2 title "radixspline", \
     $d5 using 1:2 with points lc rgb "#666666" pt 6 ps PS lw 1.2 dt 2 title "rocksdb", \
     $d6 using 1:2 with points lc rgb "#56B4E9" pt 3 ps PS lw 1.2 title "hotcold"
