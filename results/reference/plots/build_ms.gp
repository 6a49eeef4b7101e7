# Build time of each index (lower is better)
# (data blocks first; terminal and output are set by the caller)
$d0 << EOD
-0.36	7.882	7.882	7.882
0.64	7.039	7.039	7.039
1.64	4.119	4.119	4.119
2.64	8.838	8.838	8.838
3.64	1.147	1.147	1.147
4.64	0.446	0.446	0.446
5.64	0.256	0.256	0.256
6.64	0.24	0.24	0.24
7.64	7.644	7.644	7.644
8.64	4.044	4.044	4.044
9.64	4.588	4.588	4.588
10.64	4.128	4.128	4.128
EOD
$d1 << EOD
-0.28	44.831	44.831	44.831
0.72	43.21	43.21	43.21
1.72	39.164	39.164	39.164
2.72	40.714	40.714	40.714
3.72	12.081	12.081	12.081
4.72	3.148	3.148	3.148
5.72	0.696	0.696	0.696
6.72	1.392	1.392	1.392
7.72	42.948	42.948	42.948
8.72	39.203	39.203	39.203
9.72	24.957	24.957	24.957
10.72	30.763	30.763	30.763
EOD
$d2 << EOD
-0.2	80.939	80.939	80.939
0.8	75.85	75.85	75.85
1.8	69.511	69.511	69.511
2.8	68.322	68.322	68.322
3.8	51.215	51.215	51.215
4.8	89.213	89.213	89.213
5.8	4.441	4.441	4.441
6.8	48.855	48.855	48.855
7.8	77.201	77.201	77.201
8.8	73.054	73.054	73.054
9.8	288.418	288.418	288.418
10.8	352.015	352.015	352.015
EOD
$d3 << EOD
-0.12	71.176	71.176	71.176
0.88	91.773	91.773	91.773
1.88	101.657	101.657	101.657
2.88	66.599	66.599	66.599
3.88	122.985	122.985	122.985
4.88	88.509	88.509	88.509
5.88	14.733	14.733	14.733
6.88	60.384	60.384	60.384
7.88	104.994	104.994	104.994
8.88	223.208	223.208	223.208
9.88	150.024	150.024	150.024
10.88	241.488	241.488	241.488
EOD
$d4 << EOD
-0.04	69.872	69.872	69.872
0.96	67.999	67.999	67.999
1.96	47.752	47.752	47.752
2.96	65.632	65.632	65.632
3.96	16.177	16.177	16.177
4.96	17.527	17.527	17.527
5.96	4.137	4.137	4.137
6.96	18.848	18.848	18.848
7.96	61.157	61.157	61.157
8.96	50.96	50.96	50.96
9.96	44.756	44.756	44.756
10.96	54.28	54.28	54.28
EOD
$d5 << EOD
0.04	1564.14	1564.14	1564.14
1.04	1309.05	1309.05	1309.05
2.04	1277.06	1277.06	1277.06
3.04	1416.23	1416.23	1416.23
4.04	442.923	442.923	442.923
5.04	179.512	179.512	179.512
6.04	35.574	35.574	35.574
7.04	85.322	85.322	85.322
8.04	1366.75	1366.75	1366.75
9.04	1585.52	1585.52	1585.52
10.04	623.756	623.756	623.756
11.04	1407.02	1407.02	1407.02
EOD
$d6 << EOD
0.12	1404.33	1404.33	1404.33
1.12	1286.23	1286.23	1286.23
2.12	1288.23	1288.23	1288.23
3.12	1335.09	1335.09	1335.09
4.12	435.394	435.394	435.394
5.12	149.996	149.996	149.996
6.12	32.654	32.654	32.654
7.12	72.556	72.556	72.556
8.12	1314.4	1314.4	1314.4
9.12	1665.32	1665.32	1665.32
10.12	645.406	645.406	645.406
11.12	1651.41	1651.41	1651.41
EOD
$d7 << EOD
0.2	447.963	447.963	447.963
1.2	433.073	433.073	433.073
2.2	449.799	449.799	449.799
3.2	422.05	422.05	422.05
4.2	143.743	143.743	143.743
5.2	53.711	53.711	53.711
6.2	0.395	0.395	0.395
7.2	31.117	31.117	31.117
8.2	437.775	437.775	437.775
9.2	603.967	603.967	603.967
10.2	456.202	456.202	456.202
11.2	477.105	477.105	477.105
EOD
$d8 << EOD
0.28	307.504	307.504	307.504
1.28	332.19	332.19	332.19
2.28	343.031	343.031	343.031
3.28	334.166	334.166	334.166
4.28	114.963	114.963	114.963
5.28	41.672	41.672	41.672
6.28	0.94	0.94	0.94
7.28	23.171	23.171	23.171
8.28	340.235	340.235	340.235
9.28	451.934	451.934	451.934
10.28	330.008	330.008	330.008
11.28	348.67	348.67	348.67
EOD
$d9 << EOD
0.36	621.127	621.127	621.127
1.36	635.306	635.306	635.306
2.36	692.151	692.151	692.151
3.36	623.428	623.428	623.428
4.36	221.198	221.198	221.198
5.36	88.426	88.426	88.426
6.36	13.211	13.211	13.211
7.36	48.095	48.095	48.095
8.36	692.182	692.182	692.182
9.36	832.992	832.992	832.992
10.36	714.448	714.448	714.448
11.36	707.997	707.997	707.997
EOD
if (!exists("PS")) PS = 1.1  # point size; the SVG terminal draws points larger
set termoption noenhanced
set datafile separator "\t"
set title "Build time of each index (lower is better)" font ",12"
set border 3 lc rgb "#333333"
set tics nomirror out
set grid ytics lc rgb "#dddddd" lt 1 lw 0.8
set label 99 "omen 6422818fb0da | AMD EPYC, 2 cores | gcc-compatible 12.2.0 | 2026-12-06T14:46:33Z | seed 1, 9 passes" at screen 0.005, screen 0.012 left font ",8" tc rgb "#444444"
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
set yrange [0.177778:2248.19]
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
