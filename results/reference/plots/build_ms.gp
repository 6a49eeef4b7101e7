# Build time of each index (lower is better)
# (data blocks first; terminal and output are set by the caller)
$d0 << EOD
-0.36	7.437	7.437	7.437
0.64	7.165	7.165	7.165
1.64	3.123	3.123	3.123
2.64	4.013	4.013	4.013
3.64	1.071	1.071	1.071
4.64	6.791	6.791	6.791
5.64	0.254	0.254	0.254
6.64	0.253	0.253	0.253
7.64	7.289	7.289	7.289
8.64	4.742	4.742	4.742
9.64	5.144	5.144	5.144
10.64	6.76	6.76	6.76
EOD
$d1 << EOD
-0.28	45.306	45.306	45.306
0.72	45.091	45.091	45.091
1.72	40.531	40.531	40.531
2.72	44.43	44.43	44.43
3.72	12.149	12.149	12.149
4.72	3.226	3.226	3.226
5.72	0.682	0.682	0.682
6.72	1.523	1.523	1.523
7.72	42.74	42.74	42.74
8.72	47.917	47.917	47.917
9.72	27.852	27.852	27.852
10.72	35.136	35.136	35.136
EOD
$d2 << EOD
-0.2	77.792	77.792	77.792
0.8	76.159	76.159	76.159
1.8	68.058	68.058	68.058
2.8	85.993	85.993	85.993
3.8	51.821	51.821	51.821
4.8	99.375	99.375	99.375
5.8	5.091	5.091	5.091
6.8	53.648	53.648	53.648
7.8	84.692	84.692	84.692
8.8	131.458	131.458	131.458
9.8	354.418	354.418	354.418
10.8	459.506	459.506	459.506
EOD
$d3 << EOD
-0.12	74.303	74.303	74.303
0.88	70.369	70.369	70.369
1.88	105.466	105.466	105.466
2.88	99.727	99.727	99.727
3.88	128.958	128.958	128.958
4.88	91.124	91.124	91.124
5.88	15.133	15.133	15.133
6.88	66.79	66.79	66.79
7.88	152.709	152.709	152.709
8.88	342.028	342.028	342.028
9.88	234.217	234.217	234.217
10.88	444.183	444.183	444.183
EOD
$d4 << EOD
-0.04	69.26	69.26	69.26
0.96	71.33	71.33	71.33
1.96	50.969	50.969	50.969
2.96	71.791	71.791	71.791
3.96	16.813	16.813	16.813
4.96	19.333	19.333	19.333
5.96	4.338	4.338	4.338
6.96	20.763	20.763	20.763
7.96	66.467	66.467	66.467
8.96	70.607	70.607	70.607
9.96	44.587	44.587	44.587
10.96	61.057	61.057	61.057
EOD
$d5 << EOD
0.04	1606.39	1606.39	1606.39
1.04	1457.11	1457.11	1457.11
2.04	1528.87	1528.87	1528.87
3.04	1991.79	1991.79	1991.79
4.04	696.282	696.282	696.282
5.04	227.804	227.804	227.804
6.04	40.995	40.995	40.995
7.04	92.2	92.2	92.2
8.04	2035.48	2035.48	2035.48
9.04	1763.89	1763.89	1763.89
10.04	1006.6	1006.6	1006.6
11.04	1848.67	1848.67	1848.67
EOD
$d6 << EOD
0.12	1461.86	1461.86	1461.86
1.12	1390.89	1390.89	1390.89
2.12	1944.92	1944.92	1944.92
3.12	1783.56	1783.56	1783.56
4.12	566.939	566.939	566.939
5.12	169.519	169.519	169.519
6.12	37.022	37.022	37.022
7.12	80.958	80.958	80.958
8.12	1873.5	1873.5	1873.5
9.12	2271.93	2271.93	2271.93
10.12	920.275	920.275	920.275
11.12	1834.08	1834.08	1834.08
EOD
$d7 << EOD
0.2	468.643	468.643	468.643
1.2	465.266	465.266	465.266
2.2	478.716	478.716	478.716
3.2	458.071	458.071	458.071
4.2	138.97	138.97	138.97
5.2	53.035	53.035	53.035
6.2	0.507	0.507	0.507
7.2	32.179	32.179	32.179
8.2	435.039	435.039	435.039
9.2	605.045	605.045	605.045
10.2	767.29	767.29	767.29
11.2	612.847	612.847	612.847
EOD
$d8 << EOD
0.28	336.927	336.927	336.927
1.28	340.473	340.473	340.473
2.28	386.481	386.481	386.481
3.28	350.99	350.99	350.99
4.28	114.375	114.375	114.375
5.28	41.462	41.462	41.462
6.28	1.491	1.491	1.491
7.28	22.02	22.02	22.02
8.28	346.795	346.795	346.795
9.28	502.868	502.868	502.868
10.28	518.899	518.899	518.899
11.28	464.586	464.586	464.586
EOD
$d9 << EOD
0.36	639.717	639.717	639.717
1.36	630.842	630.842	630.842
2.36	727.037	727.037	727.037
3.36	657.198	657.198	657.198
4.36	222.861	222.861	222.861
5.36	91.514	91.514	91.514
6.36	17.225	17.225	17.225
7.36	52.196	52.196	52.196
8.36	790.165	790.165	790.165
9.36	969.051	969.051	969.051
10.36	878.035	878.035	878.035
11.36	973.404	973.404	973.404
EOD
if (!exists("PS")) PS = 1.1  # point size; the SVG terminal draws points larger
set termoption noenhanced
set datafile separator "\t"
set title "Build time of each index (lower is better)" font ",12"
set border 3 lc rgb "#333333"
set tics nomirror out
set grid ytics lc rgb "#dddddd" lt 1 lw 0.8
set label 99 "omen 0be503c3a2f1 | AMD EPYC, 2 cores | gcc-compatible 12.2.0 | 2026-12-06T12:40:15Z | seed 1, 9 passes" at screen 0.005, screen 0.012 left font ",8" tc rgb "#444444"
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
set yrange [0.187407:3067.1]
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
