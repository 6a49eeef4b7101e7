# Point lookups: median ns, 1 thread; bars span the passes' min-max (lower is better)
# (data blocks first; terminal and output are set by the caller)
$d0 << EOD
-0.35	376.617	358.361	416.289
0.65	378.728	356.842	451.67
1.65	412.918	351.311	586.936
2.65	385.533	349.146	393.512
3.65	257.759	244.144	435.841
4.65	164.728	160.228	187.919
5.65	104.823	104.38	117.016
6.65	138.48	135.721	141.4
EOD
$d1 << EOD
-0.25	231.59	225.192	240.097
0.75	231.429	220.215	257.566
1.75	247.052	223.99	418.852
2.75	226.713	215.92	264.507
3.75	188.324	175.913	300.927
4.75	159.498	140.636	193.508
5.75	63.149	62.509	64.551
6.75	100.651	81.156	153.18
EOD
$d2 << EOD
-0.15	246.614	235.172	277.802
0.85	246.376	229.127	311.561
1.85	315.867	291.816	387.343
2.85	252.281	237.784	268.935
3.85	222.691	204.874	242.817
4.85	160.566	132.948	194.294
5.85	54.159	53.53	71.881
6.85	105.973	77.419	177.831
EOD
$d3 << EOD
-0.05	122.8	117.768	129.467
0.95	113.72	109.763	129.361
1.95	146.986	136.889	154.518
2.95	120.243	115.936	125.476
3.95	163.433	147.024	179.151
4.95	139.444	122.974	181.495
5.95	40.91	40.73	41.285
6.95	71.922	54.624	113.04
EOD
$d4 << EOD
0.05	191.742	181.169	216.368
1.05	184.456	182.652	290.18
2.05	219.654	203.091	268.235
3.05	188.644	181.306	211.168
4.05	186.818	180.126	202.244
5.05	119.309	98.317	146.84
6.05	43.029	42.78	43.538
7.05	99.559	75.777	127.808
EOD
$d5 << EOD
0.15	154.066	147.173	202.645
1.15	128.758	124.412	198.771
2.15	180.748	166.295	301.066
3.15	131.819	124.648	167.574
4.15	158.188	140.67	188.519
5.15	132.133	82.175	154.433
6.15	38.062	37.91	38.946
7.15	67.967	61.672	83.936
EOD
$d6 << EOD
0.25	3147.24	2762.33	4333.12
1.25	3136.53	2857.89	3771.92
2.25	3081.52	2812.44	4104.67
3.25	3226.25	2940.57	3497.25
4.25	2592.92	2353.74	2964.42
5.25	2241.72	2019.68	2408.16
6.25	1554.65	1533.05	1629.55
7.25	1946.51	1789.99	2334.4
EOD
$d7 << EOD
0.35	2813.19	2593.48	3259.24
1.35	2975.32	2683.76	3914.28
2.35	2813.42	2551.38	4196.67
3.35	2890.07	2764.23	3339.17
4.35	2349.48	2241.81	2509.85
5.35	2064.01	1904.32	2203.15
6.35	1432.78	1382.41	1561.67
7.35	1837.88	1605.25	2227.8
EOD
if (!exists("PS")) PS = 1.1  # point size; the SVG terminal draws points larger
set termoption noenhanced
set datafile separator "\t"
set title "Point lookups: median ns, 1 thread; bars span the passes' min-max (lower is better)" font ",12"
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
set yrange [28.0815:5849.71]
set format y "%g"
set ylabel "ns per lookup (log scale)"
set ytics (50, 100, 200, 500, 1000, 2000, 5000)
plot $d0 using 1:2:3:4 with yerrorbars lc rgb "#000000" pt 7 ps PS lw 1.2 title "binsearch", \
     $d1 using 1:2:3:4 with yerrorbars lc rgb "#0072B2" pt 5 ps PS lw 1.2 title "btree", \
     $d2 using 1:2:3:4 with yerrorbars lc rgb "#E69F00" pt 9 ps PS lw 1.2 title "linear", \
     $d3 using 1:2:3:4 with yerrorbars lc rgb "#D55E00" pt 13 ps PS lw 1.2 title "rmi", \
     $d4 using 1:2:3:4 with yerrorbars lc rgb "#009E73" pt 11 ps PS lw 1.2 title "pla", \
     $d5 using 1:2:3:4 with yerrorbars lc rgb "#CC79A7" pt 15 ps PS lw 1.2 title "radixspline", \
     $d6 using 1:2:3:4 with yerrorbars lc rgb "#666666" pt 6 ps PS lw 1.2 dt 2 title "rocksdb", \
     $d7 using 1:2:3:4 with yerrorbars lc rgb "#56B4E9" pt 3 ps PS lw 1.2 title "hotcold"
