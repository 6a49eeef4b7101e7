# Build time of each index (lower is better)
# (data blocks first; terminal and output are set by the caller)
$d0 << EOD
-0.36	10.343	10.343	10.343
0.64	6.747	6.747	6.747
1.64	2.76	2.76	2.76
2.64	2.54	2.54	2.54
3.64	0.884	0.884	0.884
4.64	0.378	0.378	0.378
5.64	0.208	0.208	0.208
6.64	0.212	0.212	0.212
7.64	6.238	6.238	6.238
8.64	3.124	3.124	3.124
9.64	5.29	5.29	5.29
10.64	4.069	4.069	4.069
EOD
$d1 << EOD
-0.28	53.279	53.279	53.279
0.72	45.721	45.721	45.721
1.72	42.781	42.781	42.781
2.72	40.507	40.507	40.507
3.72	11.59	11.59	11.59
4.72	3.197	3.197	3.197
5.72	0.667	0.667	0.667
6.72	1.373	1.373	1.373
7.72	41.835	41.835	41.835
8.72	38.253	38.253	38.253
9.72	25.484	25.484	25.484
10.72	28.88	28.88	28.88
EOD
$d2 << EOD
-0.2	127.357	127.357	127.357
0.8	126.301	126.301	126.301
1.8	98.647	98.647	98.647
2.8	72.939	72.939	72.939
3.8	51.605	51.605	51.605
4.8	89.7	89.7	89.7
5.8	4.51	4.51	4.51
6.8	47.854	47.854	47.854
7.8	75.135	75.135	75.135
8.8	69.226	69.226	69.226
9.8	303.673	303.673	303.673
10.8	331.348	331.348	331.348
EOD
$d3 << EOD
-0.12	96.685	96.685	96.685
0.88	92.307	92.307	92.307
1.88	126.547	126.547	126.547
2.88	66.721	66.721	66.721
3.88	120.531	120.531	120.531
4.88	85.839	85.839	85.839
5.88	14.513	14.513	14.513
6.88	61.334	61.334	61.334
7.88	105.72	105.72	105.72
8.88	229.707	229.707	229.707
9.88	159.654	159.654	159.654
10.88	220.577	220.577	220.577
EOD
$d4 << EOD
-0.04	77.788	77.788	77.788
0.96	72.928	72.928	72.928
1.96	57.194	57.194	57.194
2.96	65.677	65.677	65.677
3.96	16.278	16.278	16.278
4.96	17.342	17.342	17.342
5.96	4.126	4.126	4.126
6.96	18.332	18.332	18.332
7.96	61.556	61.556	61.556
8.96	53.72	53.72	53.72
9.96	43.967	43.967	43.967
10.96	49.866	49.866	49.866
EOD
$d5 << EOD
0.04	2547.3	2547.3	2547.3
1.04	1882.26	1882.26	1882.26
2.04	1817.79	1817.79	1817.79
3.04	1566.65	1566.65	1566.65
4.04	473.614	473.614	473.614
5.04	181.55	181.55	181.55
6.04	35.96	35.96	35.96
7.04	90.489	90.489	90.489
8.04	1504.83	1504.83	1504.83
9.04	1583.12	1583.12	1583.12
10.04	726.479	726.479	726.479
11.04	1480.33	1480.33	1480.33
EOD
$d6 << EOD
0.12	1940.78	1940.78	1940.78
1.12	2057.19	2057.19	2057.19
2.12	1426.97	1426.97	1426.97
3.12	1476.96	1476.96	1476.96
4.12	472.468	472.468	472.468
5.12	160.837	160.837	160.837
6.12	33.241	33.241	33.241
7.12	74.461	74.461	74.461
8.12	1376.67	1376.67	1376.67
9.12	1517.02	1517.02	1517.02
10.12	667	667	667
11.12	1426.82	1426.82	1426.82
EOD
$d7 << EOD
0.2	563.768	563.768	563.768
1.2	517.691	517.691	517.691
2.2	441.033	441.033	441.033
3.2	414.843	414.843	414.843
4.2	151.357	151.357	151.357
5.2	52.854	52.854	52.854
6.2	0.343	0.343	0.343
7.2	29.111	29.111	29.111
8.2	422.602	422.602	422.602
9.2	430.335	430.335	430.335
10.2	422.453	422.453	422.453
11.2	425.206	425.206	425.206
EOD
$d8 << EOD
0.28	384.053	384.053	384.053
1.28	407.068	407.068	407.068
2.28	344.991	344.991	344.991
3.28	341.349	341.349	341.349
4.28	116.041	116.041	116.041
5.28	43.583	43.583	43.583
6.28	1.263	1.263	1.263
7.28	24.468	24.468	24.468
8.28	326.258	326.258	326.258
9.28	333.359	333.359	333.359
10.28	312.325	312.325	312.325
11.28	340.991	340.991	340.991
EOD
$d9 << EOD
0.36	767.309	767.309	767.309
1.36	758.37	758.37	758.37
2.36	649.989	649.989	649.989
3.36	611.745	611.745	611.745
4.36	216.514	216.514	216.514
5.36	83.853	83.853	83.853
6.36	12.878	12.878	12.878
7.36	46.277	46.277	46.277
8.36	647.661	647.661	647.661
9.36	675.628	675.628	675.628
10.36	675.939	675.939	675.939
11.36	681.2	681.2	681.2
EOD
if (!exists("PS")) PS = 1.1  # point size; the SVG terminal draws points larger
set termoption noenhanced
set datafile separator "\t"
set title "Build time of each index (lower is better)" font ",12"
set border 3 lc rgb "#333333"
set tics nomirror out
set grid ytics lc rgb "#dddddd" lt 1 lw 0.8
set label 99 "omen 38d073b98ba6 | AMD EPYC, 2 cores | gcc-compatible 12.2.0 | 2026-12-06T01:42:00Z | seed 1, 9 passes" at screen 0.005, screen 0.012 left font ",8" tc rgb "#444444"
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
set yrange [0.154074:3438.86]
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
