# Build time of each index (lower is better)
# (data blocks first; terminal and output are set by the caller)
$d0 << EOD
-0.36	7.685	7.685	7.685
0.64	7.597	7.597	7.597
1.64	4.101	4.101	4.101
2.64	3.233	3.233	3.233
3.64	2.639	2.639	2.639
4.64	0.524	0.524	0.524
5.64	0.235	0.235	0.235
6.64	0.328	0.328	0.328
7.64	7.825	7.825	7.825
8.64	3.79	3.79	3.79
9.64	4.346	4.346	4.346
10.64	5.335	5.335	5.335
EOD
$d1 << EOD
-0.28	49.858	49.858	49.858
0.72	46.953	46.953	46.953
1.72	46.626	46.626	46.626
2.72	46.587	46.587	46.587
3.72	13.489	13.489	13.489
4.72	3.539	3.539	3.539
5.72	0.859	0.859	0.859
6.72	2.249	2.249	2.249
7.72	45.711	45.711	45.711
8.72	46.547	46.547	46.547
9.72	28.391	28.391	28.391
10.72	29.744	29.744	29.744
EOD
$d2 << EOD
-0.2	89.113	89.113	89.113
0.8	79.325	79.325	79.325
1.8	114.126	114.126	114.126
2.8	73.521	73.521	73.521
3.8	54.937	54.937	54.937
4.8	100.304	100.304	100.304
5.8	8.329	8.329	8.329
6.8	81.533	81.533	81.533
7.8	82.211	82.211	82.211
8.8	115.427	115.427	115.427
9.8	326.246	326.246	326.246
10.8	361.32	361.32	361.32
EOD
$d3 << EOD
-0.12	75.873	75.873	75.873
0.88	89.089	89.089	89.089
1.88	135.705	135.705	135.705
2.88	72.167	72.167	72.167
3.88	135.08	135.08	135.08
4.88	96.185	96.185	96.185
5.88	23.254	23.254	23.254
6.88	95.573	95.573	95.573
7.88	119.11	119.11	119.11
8.88	317.687	317.687	317.687
9.88	194.247	194.247	194.247
10.88	263.151	263.151	263.151
EOD
$d4 << EOD
-0.04	71.847	71.847	71.847
0.96	77.908	77.908	77.908
1.96	70.24	70.24	70.24
2.96	73.683	73.683	73.683
3.96	18.066	18.066	18.066
4.96	19.784	19.784	19.784
5.96	5.401	5.401	5.401
6.96	25.273	25.273	25.273
7.96	68.43	68.43	68.43
8.96	68.168	68.168	68.168
9.96	45.54	45.54	45.54
10.96	53.406	53.406	53.406
EOD
$d5 << EOD
0.04	1774.32	1774.32	1774.32
1.04	1581	1581	1581
2.04	2035.86	2035.86	2035.86
3.04	1788.48	1788.48	1788.48
4.04	550.224	550.224	550.224
5.04	203.676	203.676	203.676
6.04	65.505	65.505	65.505
7.04	126.757	126.757	126.757
8.04	2091.15	2091.15	2091.15
9.04	1891.25	1891.25	1891.25
10.04	785.3	785.3	785.3
11.04	1520.01	1520.01	1520.01
EOD
$d6 << EOD
0.12	1613.71	1613.71	1613.71
1.12	1517.63	1517.63	1517.63
2.12	1589.43	1589.43	1589.43
3.12	1631.85	1631.85	1631.85
4.12	546.8	546.8	546.8
5.12	188.216	188.216	188.216
6.12	57.561	57.561	57.561
7.12	84.422	84.422	84.422
8.12	1699.34	1699.34	1699.34
9.12	1522.18	1522.18	1522.18
10.12	748.94	748.94	748.94
11.12	1468.66	1468.66	1468.66
EOD
$d7 << EOD
0.2	481.434	481.434	481.434
1.2	585.693	585.693	585.693
2.2	454.696	454.696	454.696
3.2	452.32	452.32	452.32
4.2	167.461	167.461	167.461
5.2	73.76	73.76	73.76
6.2	0.497	0.497	0.497
7.2	31.724	31.724	31.724
8.2	462.799	462.799	462.799
9.2	533.36	533.36	533.36
10.2	680.312	680.312	680.312
11.2	468.594	468.594	468.594
EOD
$d8 << EOD
0.28	342.934	342.934	342.934
1.28	439.195	439.195	439.195
2.28	353.206	353.206	353.206
3.28	371.705	371.705	371.705
4.28	126.736	126.736	126.736
5.28	57.204	57.204	57.204
6.28	1.731	1.731	1.731
7.28	26.834	26.834	26.834
8.28	361.653	361.653	361.653
9.28	463.441	463.441	463.441
10.28	451.839	451.839	451.839
11.28	344.971	344.971	344.971
EOD
$d9 << EOD
0.36	655.904	655.904	655.904
1.36	813.209	813.209	813.209
2.36	700.587	700.587	700.587
3.36	685.062	685.062	685.062
4.36	240.632	240.632	240.632
5.36	119.874	119.874	119.874
6.36	20.315	20.315	20.315
7.36	51.532	51.532	51.532
8.36	836.579	836.579	836.579
9.36	827.044	827.044	827.044
10.36	939.313	939.313	939.313
11.36	704.528	704.528	704.528
EOD
if (!exists("PS")) PS = 1.1  # point size; the SVG terminal draws points larger
set termoption noenhanced
set datafile separator "\t"
set title "Build time of each index (lower is better)" font ",12"
set border 3 lc rgb "#333333"
set tics nomirror out
set grid ytics lc rgb "#dddddd" lt 1 lw 0.8
set label 99 "omen 873f77558950 | AMD EPYC, 2 cores | gcc-compatible 12.2.0 | 2026-12-06T08:17:46Z | seed 1, 9 passes" at screen 0.005, screen 0.012 left font ",8" tc rgb "#444444"
set bmargin 8
set key outside right top vertical Left reverse samplen 1.2 spacing 1.15 font ",9"
set xtics ("lognormal:10M" 0, "uniform_sparse:10M" 1, "zipf_gaps:10M" 2, "normal:10M" 3, "geoip_ipv4" 4, "geoip_ipv6" 5, "cities_s2" 6, "words" 7, "genome_10M" 8, "protein_10M" 9, "rrna_10M" 10, "borders_s2_10M" 11)
set xtics rotate by 30 right
set xrange [-0.6:11.6]
set arrow from 0.5, graph 0 to 0.5, graph 1 nohead lc rgb "#cccccc" lw 0.8
set arrow from 1.5, graph 0 to 1.5, graph 1 nohead lc rgb "#cccccc" lw 0.8
set arrow from 2.5, graph 0 to 2.5, graph 1 nohead lc rgb "#cccccc" lw 0.8
set arrow from 3.5, graph 0 to 3.5, graph 1 nohead lc rgb "#cccccc" lw 0.8
set arrow from 4.5, graph 0 to 4.5, graph 1 nohead lc rgb "#cccccc" lw 0.8
set arrow from 5.5, graph 0 to 5.5, graph 1 nohead lc rgb "#cccccc" lw 0.8
set arrow from 6.5, graph 0 to 6.5, graph 1 nohead lc rgb "#cccccc" lw 0.8
set arrow from 7.5, graph 0 to 7.5, graph 1 nohead lc rgb "#cccccc" lw 0.8
set arrow from 8.5, graph 0 to 8.5, graph 1 nohead lc rgb "#cccccc" lw 0.8
set arrow from 9.5, graph 0 to 9.5, graph 1 nohead lc rgb "#cccccc" lw 0.8
set arrow from 10.5, graph 0 to 10.5, graph 1 nohead lc rgb "#cccccc" lw 0.8
set logscale y 10
set yrange [0.174074:2823.05]
set format y "%g"
set ylabel "build time, ms (log scale)"
set ytics autofreq
plot $d0 using 1:2 with points lc rgb "#0072B2" pt 5 ps PS lw 1.2 title "btree", \
     $d1 using 1:2 with points lc rgb "#E69F00" pt 9 ps PS lw 1.2 title "linear", \
     $d2 using 1:2 with points lc rgb "#D55E00" pt 13 ps PS lw 1.2 title "rmi", \
     $d3 using 1:2 with points lc rgb "#009E73" pt 11 ps PS lw 1.2 title "pla", \
     $d4 using 1:2 with points lc rgb "#CC79A7" pt 15 ps PS lw 1.2 title "radixspline", \
     $d5 using 1:2 with points lc rgb "#666666" pt 6 ps PS lw 1.2 dt 2 title "rocksdb", \
     $d6 using 1:2 with points lc rgb "#56B4E9" pt 3 ps PS lw 1.2 title "hotcold", \
     $d7 using 1:2 with points lc rgb "#56B4E9" pt 12 ps PS lw 1.2 title "btree_dyn", \
     $d8 using 1:2 with points lc rgb "#E69F00" pt 4 ps PS lw 1.2 title "dpgm", \
     $d9 using 1:2 with points lc rgb "#0072B2" pt 8 ps PS lw 1.2 title "gapped"
