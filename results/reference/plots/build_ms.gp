# Build time of each index (lower is better)
# (data blocks first; terminal and output are set by the caller)
$d0 << EOD
-0.36	7.918	7.918	7.918
0.64	10.804	10.804	10.804
1.64	3.327	3.327	3.327
2.64	4.079	4.079	4.079
3.64	1.516	1.516	1.516
4.64	0.521	0.521	0.521
5.64	0.176	0.176	0.176
6.64	0.249	0.249	0.249
7.64	7.074	7.074	7.074
8.64	3.484	3.484	3.484
9.64	5.771	5.771	5.771
10.64	4.204	4.204	4.204
EOD
$d1 << EOD
-0.28	45.731	45.731	45.731
0.72	53.189	53.189	53.189
1.72	38.723	38.723	38.723
2.72	42.301	42.301	42.301
3.72	12.995	12.995	12.995
4.72	3.156	3.156	3.156
5.72	0.718	0.718	0.718
6.72	1.411	1.411	1.411
7.72	44.268	44.268	44.268
8.72	43.704	43.704	43.704
9.72	25.107	25.107	25.107
10.72	29.416	29.416	29.416
EOD
$d2 << EOD
-0.2	76.396	76.396	76.396
0.8	119.018	119.018	119.018
1.8	60.232	60.232	60.232
2.8	64.888	64.888	64.888
3.8	57.935	57.935	57.935
4.8	87.329	87.329	87.329
5.8	4.364	4.364	4.364
6.8	49.035	49.035	49.035
7.8	71.146	71.146	71.146
8.8	64.791	64.791	64.791
9.8	286.089	286.089	286.089
10.8	337.109	337.109	337.109
EOD
$d3 << EOD
-0.12	99.844	99.844	99.844
0.88	101.522	101.522	101.522
1.88	147.279	147.279	147.279
2.88	93.462	93.462	93.462
3.88	152.18	152.18	152.18
4.88	87.139	87.139	87.139
5.88	15.181	15.181	15.181
6.88	62.396	62.396	62.396
7.88	109.168	109.168	109.168
8.88	237.313	237.313	237.313
9.88	154.055	154.055	154.055
10.88	241.781	241.781	241.781
EOD
$d4 << EOD
-0.04	68.837	68.837	68.837
0.96	80.513	80.513	80.513
1.96	48.654	48.654	48.654
2.96	68.27	68.27	68.27
3.96	17.44	17.44	17.44
4.96	17.596	17.596	17.596
5.96	4.287	4.287	4.287
6.96	19.496	19.496	19.496
7.96	62.772	62.772	62.772
8.96	53.676	53.676	53.676
9.96	47.36	47.36	47.36
10.96	54.752	54.752	54.752
EOD
$d5 << EOD
0.04	2874.03	2874.03	2874.03
1.04	2345.53	2345.53	2345.53
2.04	2434.01	2434.01	2434.01
3.04	2254.68	2254.68	2254.68
4.04	518.73	518.73	518.73
5.04	196.386	196.386	196.386
6.04	39.1	39.1	39.1
7.04	89.584	89.584	89.584
8.04	1568.03	1568.03	1568.03
9.04	1725.51	1725.51	1725.51
10.04	722.158	722.158	722.158
11.04	1582.96	1582.96	1582.96
EOD
$d6 << EOD
0.12	2328.33	2328.33	2328.33
1.12	2410.86	2410.86	2410.86
2.12	2305.59	2305.59	2305.59
3.12	2405.38	2405.38	2405.38
4.12	500.225	500.225	500.225
5.12	167.948	167.948	167.948
6.12	35.254	35.254	35.254
7.12	77.659	77.659	77.659
8.12	1494.74	1494.74	1494.74
9.12	1647.3	1647.3	1647.3
10.12	700.653	700.653	700.653
11.12	1476.23	1476.23	1476.23
EOD
$d7 << EOD
0.2	631.004	631.004	631.004
1.2	603.638	603.638	603.638
2.2	578.778	578.778	578.778
3.2	606.294	606.294	606.294
4.2	143.875	143.875	143.875
5.2	56.608	56.608	56.608
6.2	0.432	0.432	0.432
7.2	33.487	33.487	33.487
8.2	453.107	453.107	453.107
9.2	487.069	487.069	487.069
10.2	494.958	494.958	494.958
11.2	475.232	475.232	475.232
EOD
$d8 << EOD
0.28	436.041	436.041	436.041
1.28	376.902	376.902	376.902
2.28	365.204	365.204	365.204
3.28	444.908	444.908	444.908
4.28	117.501	117.501	117.501
5.28	46.109	46.109	46.109
6.28	1.285	1.285	1.285
7.28	26.025	26.025	26.025
8.28	355.415	355.415	355.415
9.28	370.903	370.903	370.903
10.28	356.289	356.289	356.289
11.28	366.274	366.274	366.274
EOD
$d9 << EOD
0.36	854.828	854.828	854.828
1.36	632.91	632.91	632.91
2.36	686.579	686.579	686.579
3.36	904.901	904.901	904.901
4.36	264.453	264.453	264.453
5.36	87.466	87.466	87.466
6.36	15.107	15.107	15.107
7.36	49.647	49.647	49.647
8.36	694.56	694.56	694.56
9.36	734.501	734.501	734.501
10.36	733.045	733.045	733.045
11.36	726.704	726.704	726.704
EOD
if (!exists("PS")) PS = 1.1  # point size; the SVG terminal draws points larger
set termoption noenhanced
set datafile separator "\t"
set title "Build time of each index (lower is better)" font ",12"
set border 3 lc rgb "#333333"
set tics nomirror out
set grid ytics lc rgb "#dddddd" lt 1 lw 0.8
set label 99 "omen bc2e41c9c167 | AMD EPYC, 2 cores | gcc-compatible 12.2.0 | 2026-12-06T04:52:59Z | seed 1, 9 passes" at screen 0.005, screen 0.012 left font ",8" tc rgb "#444444"
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
set yrange [0.13037:3879.94]
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
