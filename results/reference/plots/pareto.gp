# Index size against lookup time, 1 thread (down and left is better)
# (data blocks first; terminal and output are set by the caller)
$d0 << EOD
1.33158e+06	253.057	216.941	382.599
EOD
$d1 << EOD
1.04863e+06	414.289	367.823	894.268
EOD
$d2 << EOD
1.53318e+06	149.553	130.974	249.08
EOD
$d3 << EOD
249368	232.408	206.902	430.815
EOD
$d4 << EOD
931376	229.525	191.012	330.632
EOD
$d5 << EOD
2.40576e+08	3710.4	3486.04	5157.64
EOD
$d6 << EOD
2.31879e+08	3411.95	3201.25	4613.22
EOD
$d7 << EOD
2.31113e+08	954.898	803.528	1060
EOD
$d8 << EOD
1.61346e+08	292.304	226.871	348.252
EOD
$d9 << EOD
2.68843e+08	178.402	146.024	249.764
EOD
$d10 << EOD
1.33158e+06	264.375	190.889	389.8
EOD
$d11 << EOD
1.04863e+06	416.155	330.591	801.523
EOD
$d12 << EOD
1.04882e+06	121.813	99.042	229.644
EOD
$d13 << EOD
248600	231.728	210.336	424.117
EOD
$d14 << EOD
639588	157.692	139.684	279.433
EOD
$d15 << EOD
2.65832e+08	3633.95	3377.24	5160.14
EOD
$d16 << EOD
2.55383e+08	3321.87	3193.05	4637.46
EOD
$d17 << EOD
2.31113e+08	899.97	779.121	1008.73
EOD
$d18 << EOD
1.61346e+08	246.346	219.311	365.265
EOD
$d19 << EOD
2.68837e+08	156.929	137.689	230.239
EOD
$d20 << EOD
1.33158e+06	227.432	198.472	343.76
EOD
$d21 << EOD
1.04863e+06	411.969	382.327	741.921
EOD
$d22 << EOD
984816	178.977	165.763	330.081
EOD
$d23 << EOD
1.40065e+06	263.486	238.123	497.669
EOD
$d24 << EOD
1.35824e+06	238.733	207.103	417.041
EOD
$d25 << EOD
2.214e+08	4208.26	3212.16	4945.4
EOD
$d26 << EOD
2.15394e+08	3916.32	3016.69	4524.1
EOD
$d27 << EOD
2.31113e+08	878.941	765.858	1152.48
EOD
$d28 << EOD
1.62066e+08	355.216	260.567	417.574
EOD
$d29 << EOD
2.70265e+08	564.745	343.465	621.759
EOD
$d30 << EOD
1.33158e+06	265.785	193.965	345.862
EOD
$d31 << EOD
1.04863e+06	373.064	292.318	633.777
EOD
$d32 << EOD
1.24306e+06	148.372	121.054	230.979
EOD
$d33 << EOD
248960	384.275	209.571	415.504
EOD
$d34 << EOD
816996	216.515	145.784	286.331
EOD
$d35 << EOD
2.52751e+08	4183.52	3271.2	5262.21
EOD
$d36 << EOD
2.43337e+08	3717.65	2961.67	4768.89
EOD
$d37 << EOD
2.31113e+08	1002.13	676.854	1193.61
EOD
$d38 << EOD
1.61346e+08	265.355	226.521	417.229
EOD
$d39 << EOD
2.68843e+08	224.155	139.687	492.503
EOD
$d40 << EOD
424832	151.138	136.51	239.233
EOD
$d41 << EOD
262200	279.358	253.094	536.078
EOD
$d42 << EOD
406608	184.499	161.737	336.837
EOD
$d43 << EOD
259712	208.615	194.738	383.966
EOD
$d44 << EOD
446452	194.653	167.725	295.458
EOD
$d45 << EOD
7.2332e+07	2941.68	2482.92	4107.21
EOD
$d46 << EOD
7.03158e+07	3436.16	2208.75	3852.81
EOD
$d47 << EOD
7.35798e+07	657.022	458.152	742.44
EOD
$d48 << EOD
5.16599e+07	318.958	191.75	352.834
EOD
$d49 << EOD
8.61178e+07	382.269	231.867	458.509
EOD
$d50 << EOD
166400	158.714	98.081	195.165
EOD
$d51 << EOD
131128	191.939	128	356.389
EOD
$d52 << EOD
174400	219.08	128.524	355.691
EOD
$d53 << EOD
138920	156.577	117.813	281.092
EOD
$d54 << EOD
135796	212.712	119.402	292.428
EOD
$d55 << EOD
2.88572e+07	2645.45	2012.64	3930.13
EOD
$d56 << EOD
2.79981e+07	2185.46	1859.47	3408.27
EOD
$d57 << EOD
2.86454e+07	374.245	288.61	585.782
EOD
$d58 << EOD
2.0153e+07	211.44	131.022	263.72
EOD
$d59 << EOD
3.36698e+07	276.555	185.321	353.782
EOD
$d60 << EOD
24704	54.63	50.928	76.36
EOD
$d61 << EOD
16440	69.04	55.694	92.367
EOD
$d62 << EOD
22272	63.959	45.1	74.363
EOD
$d63 << EOD
21352	59.271	46.333	83.379
EOD
$d64 << EOD
17756	61.337	38.959	70.067
EOD
$d65 << EOD
4.5587e+06	2480.03	1412.19	2714.97
EOD
$d66 << EOD
4.44564e+06	2244.4	1329.74	2520.02
EOD
$d67 << EOD
3.95475e+06	182.964	132.558	206.866
EOD
$d68 << EOD
2.78802e+06	89.954	77.427	102.262
EOD
$d69 << EOD
4.6384e+06	105.566	90.508	113.903
EOD
$d70 << EOD
90240	134.99	94.314	162.698
EOD
$d71 << EOD
65592	165.375	95.913	242.786
EOD
$d72 << EOD
94032	201.423	86.152	309.109
EOD
$d73 << EOD
78032	184.375	114.987	234.333
EOD
$d74 << EOD
76668	159.79	83.962	224.549
EOD
$d75 << EOD
1.18745e+07	2785.12	1669.47	3372.49
EOD
$d76 << EOD
1.18401e+07	2769.15	1592.89	3111.39
EOD
$d77 << EOD
1.5335e+07	389.367	241.387	435.403
EOD
$d78 << EOD
1.08872e+07	164.768	107.218	210.022
EOD
$d79 << EOD
1.81213e+07	230.201	159.359	312.83
EOD
$d80 << EOD
1.33158e+06	279.942	186.153	382.657
EOD
$d81 << EOD
1.04863e+06	448.938	320.724	850.35
EOD
$d82 << EOD
1.04882e+06	167.667	122.549	264.252
EOD
$d83 << EOD
811592	279.591	221.23	469.966
EOD
$d84 << EOD
1.30298e+06	244.118	151.056	333.452
EOD
$d85 << EOD
2.66588e+08	4111.57	3279.8	5424.98
EOD
$d86 << EOD
2.56083e+08	3750.2	2925.51	4572.33
EOD
$d87 << EOD
2.31113e+08	938.783	677.14	1192.38
EOD
$d88 << EOD
1.61758e+08	430.246	259.138	533.048
EOD
$d89 << EOD
2.69589e+08	366.405	242.441	554.386
EOD
$d90 << EOD
1.33158e+06	342.34	176.179	411.217
EOD
$d91 << EOD
1.04863e+06	703.449	338.422	816.637
EOD
$d92 << EOD
1.58203e+06	395.681	211.323	475.869
EOD
$d93 << EOD
1.00769e+06	478.079	260.131	576.158
EOD
$d94 << EOD
1.07138e+06	336.961	262.18	517.976
EOD
$d95 << EOD
2.55532e+08	4115.27	3203.72	5376.68
EOD
$d96 << EOD
2.46044e+08	3612.56	2796.58	4884.71
EOD
$d97 << EOD
2.31113e+08	925.862	687.671	1130.48
EOD
$d98 << EOD
1.62472e+08	370.249	268.849	537.496
EOD
$d99 << EOD
2.7112e+08	545.953	403.739	787.231
EOD
$d100 << EOD
1.33158e+06	490.779	311.336	631.798
EOD
$d101 << EOD
1.04863e+06	485.488	377.898	975.467
EOD
$d102 << EOD
1.49266e+06	357.666	242.43	556.763
EOD
$d103 << EOD
1.3747e+06	343.737	269.598	548.144
EOD
$d104 << EOD
1.41117e+06	361.212	251.764	508.216
EOD
$d105 << EOD
1.4285e+08	3326.95	2876.4	4523.49
EOD
$d106 << EOD
1.44243e+08	3193.4	2464.04	4135.86
EOD
$d107 << EOD
2.31113e+08	897.317	692.907	1108.93
EOD
$d108 << EOD
1.6291e+08	357.126	286.312	591.961
EOD
$d109 << EOD
2.72273e+08	576.07	473.307	945.271
EOD
$d110 << EOD
1.33158e+06	221.264	185.447	427.698
EOD
$d111 << EOD
1.04863e+06	428.374	360.126	855.953
EOD
$d112 << EOD
1.24301e+06	289.068	245.602	527.39
EOD
$d113 << EOD
1.55177e+06	354.562	288.717	604.279
EOD
$d114 << EOD
1.27969e+06	490.596	305.726	564.475
EOD
$d115 << EOD
2.352e+08	3566.82	3321.11	5058.61
EOD
$d116 << EOD
2.30773e+08	3467.32	3069.19	4799.17
EOD
$d117 << EOD
2.31113e+08	873.869	751.528	1064.67
EOD
$d118 << EOD
1.63165e+08	452.996	292.531	567.966
EOD
$d119 << EOD
2.71834e+08	565.873	459.521	940.425
EOD
if (!exists("PS")) PS = 1.1  # point size; the SVG terminal draws points larger
set termoption noenhanced
set datafile separator "\t"
set multiplot layout 5,3 title "Index size against lookup time, 1 thread (down and left is better)" font ",12" margins 0.085,0.985,0.0469,0.9563 spacing 0.1,0.0594
set border 3 lc rgb "#333333"
set tics nomirror out
set grid ytics lc rgb "#dddddd" lt 1 lw 0.8
unset key
set label 99 "omen 0be503c3a2f1 | AMD EPYC, 2 cores | gcc-compatible 12.2.0 | 2026-12-06T12:40:15Z | seed 1, 9 passes" at screen 0.005, screen 0.012 left font ",8" tc rgb "#444444"
unset logscale
unset arrow
set autoscale
set xtics autofreq
set title "lognormal:10M" font ",10"
set logscale x 10
set format x "%.0s%cB"
set xlabel 'index size'
set logscale y 10
set yrange [97.0178:6962.82]
set format y "%g"
set ylabel "ns per lookup (log scale)"
set ytics (100, 200, 500, 1000, 2000, 5000)
plot $d0 using 1:2:3:4 with yerrorbars lc rgb "#0072B2" pt 5 ps PS lw 1.2 notitle, \
     $d1 using 1:2:3:4 with yerrorbars lc rgb "#E69F00" pt 9 ps PS lw 1.2 notitle, \
     $d2 using 1:2:3:4 with yerrorbars lc rgb "#D55E00" pt 13 ps PS lw 1.2 notitle, \
     $d3 using 1:2:3:4 with yerrorbars lc rgb "#009E73" pt 11 ps PS lw 1.2 notitle, \
     $d4 using 1:2:3:4 with yerrorbars lc rgb "#CC79A7" pt 15 ps PS lw 1.2 notitle, \
     $d5 using 1:2:3:4 with yerrorbars lc rgb "#666666" pt 6 ps PS lw 1.2 dt 2 notitle, \
     $d6 using 1:2:3:4 with yerrorbars lc rgb "#56B4E9" pt 3 ps PS lw 1.2 notitle, \
     $d7 using 1:2:3:4 with yerrorbars lc rgb "#56B4E9" pt 12 ps PS lw 1.2 notitle, \
     $d8 using 1:2:3:4 with yerrorbars lc rgb "#E69F00" pt 4 ps PS lw 1.2 notitle, \
     $d9 using 1:2:3:4 with yerrorbars lc rgb "#0072B2" pt 8 ps PS lw 1.2 notitle, \
     542.864 with lines dt 3 lw 1.5 lc rgb "#000000" notitle
unset label 99
unset logscale
unset arrow
set autoscale
set xtics autofreq
set title "uniform_sparse:10M" font ",10"
set logscale x 10
set format x "%.0s%cB"
set xlabel 'index size'
set logscale y 10
set yrange [73.3644:6966.19]
set format y "%g"
set ylabel "ns per lookup (log scale)"
set ytics (100, 200, 500, 1000, 2000, 5000)
plot $d10 using 1:2:3:4 with yerrorbars lc rgb "#0072B2" pt 5 ps PS lw 1.2 notitle, \
     $d11 using 1:2:3:4 with yerrorbars lc rgb "#E69F00" pt 9 ps PS lw 1.2 notitle, \
     $d12 using 1:2:3:4 with yerrorbars lc rgb "#D55E00" pt 13 ps PS lw 1.2 notitle, \
     $d13 using 1:2:3:4 with yerrorbars lc rgb "#009E73" pt 11 ps PS lw 1.2 notitle, \
     $d14 using 1:2:3:4 with yerrorbars lc rgb "#CC79A7" pt 15 ps PS lw 1.2 notitle, \
     $d15 using 1:2:3:4 with yerrorbars lc rgb "#666666" pt 6 ps PS lw 1.2 dt 2 notitle, \
     $d16 using 1:2:3:4 with yerrorbars lc rgb "#56B4E9" pt 3 ps PS lw 1.2 notitle, \
     $d17 using 1:2:3:4 with yerrorbars lc rgb "#56B4E9" pt 12 ps PS lw 1.2 notitle, \
     $d18 using 1:2:3:4 with yerrorbars lc rgb "#E69F00" pt 4 ps PS lw 1.2 notitle, \
     $d19 using 1:2:3:4 with yerrorbars lc rgb "#0072B2" pt 8 ps PS lw 1.2 notitle, \
     558.985 with lines dt 3 lw 1.5 lc rgb "#000000" notitle
unset logscale
unset arrow
set autoscale
set xtics autofreq
set title "zipf_gaps:10M" font ",10"
set logscale x 10
set format x "%.0s%cB"
set xlabel 'index size'
set logscale y 10
set yrange [122.787:6676.29]
set format y "%g"
set ylabel "ns per lookup (log scale)"
set ytics (200, 500, 1000, 2000, 5000)
plot $d20 using 1:2:3:4 with yerrorbars lc rgb "#0072B2" pt 5 ps PS lw 1.2 notitle, \
     $d21 using 1:2:3:4 with yerrorbars lc rgb "#E69F00" pt 9 ps PS lw 1.2 notitle, \
     $d22 using 1:2:3:4 with yerrorbars lc rgb "#D55E00" pt 13 ps PS lw 1.2 notitle, \
     $d23 using 1:2:3:4 with yerrorbars lc rgb "#009E73" pt 11 ps PS lw 1.2 notitle, \
     $d24 using 1:2:3:4 with yerrorbars lc rgb "#CC79A7" pt 15 ps PS lw 1.2 notitle, \
     $d25 using 1:2:3:4 with yerrorbars lc rgb "#666666" pt 6 ps PS lw 1.2 dt 2 notitle, \
     $d26 using 1:2:3:4 with yerrorbars lc rgb "#56B4E9" pt 3 ps PS lw 1.2 notitle, \
     $d27 using 1:2:3:4 with yerrorbars lc rgb "#56B4E9" pt 12 ps PS lw 1.2 notitle, \
     $d28 using 1:2:3:4 with yerrorbars lc rgb "#E69F00" pt 4 ps PS lw 1.2 notitle, \
     $d29 using 1:2:3:4 with yerrorbars lc rgb "#0072B2" pt 8 ps PS lw 1.2 notitle, \
     524.295 with lines dt 3 lw 1.5 lc rgb "#000000" notitle
unset logscale
unset arrow
set autoscale
set xtics autofreq
set title "normal:10M" font ",10"
set logscale x 10
set format x "%.0s%cB"
set xlabel 'index size'
set logscale y 10
set yrange [89.6696:7103.98]
set format y "%g"
set ylabel "ns per lookup (log scale)"
set ytics (100, 200, 500, 1000, 2000, 5000)
plot $d30 using 1:2:3:4 with yerrorbars lc rgb "#0072B2" pt 5 ps PS lw 1.2 notitle, \
     $d31 using 1:2:3:4 with yerrorbars lc rgb "#E69F00" pt 9 ps PS lw 1.2 notitle, \
     $d32 using 1:2:3:4 with yerrorbars lc rgb "#D55E00" pt 13 ps PS lw 1.2 notitle, \
     $d33 using 1:2:3:4 with yerrorbars lc rgb "#009E73" pt 11 ps PS lw 1.2 notitle, \
     $d34 using 1:2:3:4 with yerrorbars lc rgb "#CC79A7" pt 15 ps PS lw 1.2 notitle, \
     $d35 using 1:2:3:4 with yerrorbars lc rgb "#666666" pt 6 ps PS lw 1.2 dt 2 notitle, \
     $d36 using 1:2:3:4 with yerrorbars lc rgb "#56B4E9" pt 3 ps PS lw 1.2 notitle, \
     $d37 using 1:2:3:4 with yerrorbars lc rgb "#56B4E9" pt 12 ps PS lw 1.2 notitle, \
     $d38 using 1:2:3:4 with yerrorbars lc rgb "#E69F00" pt 4 ps PS lw 1.2 notitle, \
     $d39 using 1:2:3:4 with yerrorbars lc rgb "#0072B2" pt 8 ps PS lw 1.2 notitle, \
     568.902 with lines dt 3 lw 1.5 lc rgb "#000000" notitle
unset logscale
unset arrow
set autoscale
set xtics autofreq
set title "geoip_ipv4" font ",10"
set logscale x 10
set format x "%.0s%cB"
set xlabel 'index size'
set logscale y 10
set yrange [101.119:5544.73]
set format y "%g"
set ylabel "ns per lookup (log scale)"
set ytics (200, 500, 1000, 2000, 5000)
plot $d40 using 1:2:3:4 with yerrorbars lc rgb "#0072B2" pt 5 ps PS lw 1.2 notitle, \
     $d41 using 1:2:3:4 with yerrorbars lc rgb "#E69F00" pt 9 ps PS lw 1.2 notitle, \
     $d42 using 1:2:3:4 with yerrorbars lc rgb "#D55E00" pt 13 ps PS lw 1.2 notitle, \
     $d43 using 1:2:3:4 with yerrorbars lc rgb "#009E73" pt 11 ps PS lw 1.2 notitle, \
     $d44 using 1:2:3:4 with yerrorbars lc rgb "#CC79A7" pt 15 ps PS lw 1.2 notitle, \
     $d45 using 1:2:3:4 with yerrorbars lc rgb "#666666" pt 6 ps PS lw 1.2 dt 2 notitle, \
     $d46 using 1:2:3:4 with yerrorbars lc rgb "#56B4E9" pt 3 ps PS lw 1.2 notitle, \
     $d47 using 1:2:3:4 with yerrorbars lc rgb "#56B4E9" pt 12 ps PS lw 1.2 notitle, \
     $d48 using 1:2:3:4 with yerrorbars lc rgb "#E69F00" pt 4 ps PS lw 1.2 notitle, \
     $d49 using 1:2:3:4 with yerrorbars lc rgb "#0072B2" pt 8 ps PS lw 1.2 notitle, \
     345.132 with lines dt 3 lw 1.5 lc rgb "#000000" notitle
unset logscale
unset arrow
set autoscale
set xtics autofreq
set title "geoip_ipv6" font ",10"
set logscale x 10
set format x "%.0s%cB"
set xlabel 'index size'
set logscale y 10
set yrange [72.6526:5305.68]
set format y "%g"
set ylabel "ns per lookup (log scale)"
set ytics (100, 200, 500, 1000, 2000, 5000)
plot $d50 using 1:2:3:4 with yerrorbars lc rgb "#0072B2" pt 5 ps PS lw 1.2 notitle, \
     $d51 using 1:2:3:4 with yerrorbars lc rgb "#E69F00" pt 9 ps PS lw 1.2 notitle, \
     $d52 using 1:2:3:4 with yerrorbars lc rgb "#D55E00" pt 13 ps PS lw 1.2 notitle, \
     $d53 using 1:2:3:4 with yerrorbars lc rgb "#009E73" pt 11 ps PS lw 1.2 notitle, \
     $d54 using 1:2:3:4 with yerrorbars lc rgb "#CC79A7" pt 15 ps PS lw 1.2 notitle, \
     $d55 using 1:2:3:4 with yerrorbars lc rgb "#666666" pt 6 ps PS lw 1.2 dt 2 notitle, \
     $d56 using 1:2:3:4 with yerrorbars lc rgb "#56B4E9" pt 3 ps PS lw 1.2 notitle, \
     $d57 using 1:2:3:4 with yerrorbars lc rgb "#56B4E9" pt 12 ps PS lw 1.2 notitle, \
     $d58 using 1:2:3:4 with yerrorbars lc rgb "#E69F00" pt 4 ps PS lw 1.2 notitle, \
     $d59 using 1:2:3:4 with yerrorbars lc rgb "#0072B2" pt 8 ps PS lw 1.2 notitle, \
     250.916 with lines dt 3 lw 1.5 lc rgb "#000000" notitle
unset logscale
unset arrow
set autoscale
set xtics autofreq
set title "cities_s2" font ",10"
set logscale x 10
set format x "%.0s%cB"
set xlabel 'index size'
set logscale y 10
set yrange [28.8585:3665.21]
set format y "%g"
set ylabel "ns per lookup (log scale)"
set ytics (50, 100, 200, 500, 1000, 2000)
plot $d60 using 1:2:3:4 with yerrorbars lc rgb "#0072B2" pt 5 ps PS lw 1.2 notitle, \
     $d61 using 1:2:3:4 with yerrorbars lc rgb "#E69F00" pt 9 ps PS lw 1.2 notitle, \
     $d62 using 1:2:3:4 with yerrorbars lc rgb "#D55E00" pt 13 ps PS lw 1.2 notitle, \
     $d63 using 1:2:3:4 with yerrorbars lc rgb "#009E73" pt 11 ps PS lw 1.2 notitle, \
     $d64 using 1:2:3:4 with yerrorbars lc rgb "#CC79A7" pt 15 ps PS lw 1.2 notitle, \
     $d65 using 1:2:3:4 with yerrorbars lc rgb "#666666" pt 6 ps PS lw 1.2 dt 2 notitle, \
     $d66 using 1:2:3:4 with yerrorbars lc rgb "#56B4E9" pt 3 ps PS lw 1.2 notitle, \
     $d67 using 1:2:3:4 with yerrorbars lc rgb "#56B4E9" pt 12 ps PS lw 1.2 notitle, \
     $d68 using 1:2:3:4 with yerrorbars lc rgb "#E69F00" pt 4 ps PS lw 1.2 notitle, \
     $d69 using 1:2:3:4 with yerrorbars lc rgb "#0072B2" pt 8 ps PS lw 1.2 notitle, \
     130.504 with lines dt 3 lw 1.5 lc rgb "#000000" notitle
unset logscale
unset arrow
set autoscale
set xtics autofreq
set title "words" font ",10"
set logscale x 10
set format x "%.0s%cB"
set xlabel 'index size'
set logscale y 10
set yrange [62.1941:4552.86]
set format y "%g"
set ylabel "ns per lookup (log scale)"
set ytics (100, 200, 500, 1000, 2000)
plot $d70 using 1:2:3:4 with yerrorbars lc rgb "#0072B2" pt 5 ps PS lw 1.2 notitle, \
     $d71 using 1:2:3:4 with yerrorbars lc rgb "#E69F00" pt 9 ps PS lw 1.2 notitle, \
     $d72 using 1:2:3:4 with yerrorbars lc rgb "#D55E00" pt 13 ps PS lw 1.2 notitle, \
     $d73 using 1:2:3:4 with yerrorbars lc rgb "#009E73" pt 11 ps PS lw 1.2 notitle, \
     $d74 using 1:2:3:4 with yerrorbars lc rgb "#CC79A7" pt 15 ps PS lw 1.2 notitle, \
     $d75 using 1:2:3:4 with yerrorbars lc rgb "#666666" pt 6 ps PS lw 1.2 dt 2 notitle, \
     $d76 using 1:2:3:4 with yerrorbars lc rgb "#56B4E9" pt 3 ps PS lw 1.2 notitle, \
     $d77 using 1:2:3:4 with yerrorbars lc rgb "#56B4E9" pt 12 ps PS lw 1.2 notitle, \
     $d78 using 1:2:3:4 with yerrorbars lc rgb "#E69F00" pt 4 ps PS lw 1.2 notitle, \
     $d79 using 1:2:3:4 with yerrorbars lc rgb "#0072B2" pt 8 ps PS lw 1.2 notitle, \
     212.36 with lines dt 3 lw 1.5 lc rgb "#000000" notitle
unset logscale
unset arrow
set autoscale
set xtics autofreq
set title "genome_10M" font ",10"
set logscale x 10
set format x "%.0s%cB"
set xlabel 'index size'
set logscale y 10
set yrange [90.777:7323.72]
set format y "%g"
set ylabel "ns per lookup (log scale)"
set ytics (100, 200, 500, 1000, 2000, 5000)
plot $d80 using 1:2:3:4 with yerrorbars lc rgb "#0072B2" pt 5 ps PS lw 1.2 notitle, \
     $d81 using 1:2:3:4 with yerrorbars lc rgb "#E69F00" pt 9 ps PS lw 1.2 notitle, \
     $d82 using 1:2:3:4 with yerrorbars lc rgb "#D55E00" pt 13 ps PS lw 1.2 notitle, \
     $d83 using 1:2:3:4 with yerrorbars lc rgb "#009E73" pt 11 ps PS lw 1.2 notitle, \
     $d84 using 1:2:3:4 with yerrorbars lc rgb "#CC79A7" pt 15 ps PS lw 1.2 notitle, \
     $d85 using 1:2:3:4 with yerrorbars lc rgb "#666666" pt 6 ps PS lw 1.2 dt 2 notitle, \
     $d86 using 1:2:3:4 with yerrorbars lc rgb "#56B4E9" pt 3 ps PS lw 1.2 notitle, \
     $d87 using 1:2:3:4 with yerrorbars lc rgb "#56B4E9" pt 12 ps PS lw 1.2 notitle, \
     $d88 using 1:2:3:4 with yerrorbars lc rgb "#E69F00" pt 4 ps PS lw 1.2 notitle, \
     $d89 using 1:2:3:4 with yerrorbars lc rgb "#0072B2" pt 8 ps PS lw 1.2 notitle, \
     566.239 with lines dt 3 lw 1.5 lc rgb "#000000" notitle
unset logscale
unset arrow
set autoscale
set xtics autofreq
set title "protein_10M" font ",10"
set logscale x 10
set format x "%.0s%cB"
set xlabel 'index size'
set logscale y 10
set yrange [130.503:7258.51]
set format y "%g"
set ylabel "ns per lookup (log scale)"
set ytics (200, 500, 1000, 2000, 5000)
plot $d90 using 1:2:3:4 with yerrorbars lc rgb "#0072B2" pt 5 ps PS lw 1.2 notitle, \
     $d91 using 1:2:3:4 with yerrorbars lc rgb "#E69F00" pt 9 ps PS lw 1.2 notitle, \
     $d92 using 1:2:3:4 with yerrorbars lc rgb "#D55E00" pt 13 ps PS lw 1.2 notitle, \
     $d93 using 1:2:3:4 with yerrorbars lc rgb "#009E73" pt 11 ps PS lw 1.2 notitle, \
     $d94 using 1:2:3:4 with yerrorbars lc rgb "#CC79A7" pt 15 ps PS lw 1.2 notitle, \
     $d95 using 1:2:3:4 with yerrorbars lc rgb "#666666" pt 6 ps PS lw 1.2 dt 2 notitle, \
     $d96 using 1:2:3:4 with yerrorbars lc rgb "#56B4E9" pt 3 ps PS lw 1.2 notitle, \
     $d97 using 1:2:3:4 with yerrorbars lc rgb "#56B4E9" pt 12 ps PS lw 1.2 notitle, \
     $d98 using 1:2:3:4 with yerrorbars lc rgb "#E69F00" pt 4 ps PS lw 1.2 notitle, \
     $d99 using 1:2:3:4 with yerrorbars lc rgb "#0072B2" pt 8 ps PS lw 1.2 notitle, \
     704.037 with lines dt 3 lw 1.5 lc rgb "#000000" notitle
unset logscale
unset arrow
set autoscale
set xtics autofreq
set title "rrna_10M" font ",10"
set logscale x 10
set format x "%.0s%cB"
set xlabel 'index size'
set logscale y 10
set yrange [179.578:6106.71]
set format y "%g"
set ylabel "ns per lookup (log scale)"
set ytics (200, 500, 1000, 2000, 5000)
plot $d100 using 1:2:3:4 with yerrorbars lc rgb "#0072B2" pt 5 ps PS lw 1.2 notitle, \
     $d101 using 1:2:3:4 with yerrorbars lc rgb "#E69F00" pt 9 ps PS lw 1.2 notitle, \
     $d102 using 1:2:3:4 with yerrorbars lc rgb "#D55E00" pt 13 ps PS lw 1.2 notitle, \
     $d103 using 1:2:3:4 with yerrorbars lc rgb "#009E73" pt 11 ps PS lw 1.2 notitle, \
     $d104 using 1:2:3:4 with yerrorbars lc rgb "#CC79A7" pt 15 ps PS lw 1.2 notitle, \
     $d105 using 1:2:3:4 with yerrorbars lc rgb "#666666" pt 6 ps PS lw 1.2 dt 2 notitle, \
     $d106 using 1:2:3:4 with yerrorbars lc rgb "#56B4E9" pt 3 ps PS lw 1.2 notitle, \
     $d107 using 1:2:3:4 with yerrorbars lc rgb "#56B4E9" pt 12 ps PS lw 1.2 notitle, \
     $d108 using 1:2:3:4 with yerrorbars lc rgb "#E69F00" pt 4 ps PS lw 1.2 notitle, \
     $d109 using 1:2:3:4 with yerrorbars lc rgb "#0072B2" pt 8 ps PS lw 1.2 notitle, \
     542.174 with lines dt 3 lw 1.5 lc rgb "#000000" notitle
unset logscale
unset arrow
set autoscale
set xtics autofreq
set title "borders_s2_10M" font ",10"
set logscale x 10
set format x "%.0s%cB"
set xlabel 'index size'
set logscale y 10
set yrange [137.368:6829.12]
set format y "%g"
set ylabel "ns per lookup (log scale)"
set ytics (200, 500, 1000, 2000, 5000)
plot $d110 using 1:2:3:4 with yerrorbars lc rgb "#0072B2" pt 5 ps PS lw 1.2 notitle, \
     $d111 using 1:2:3:4 with yerrorbars lc rgb "#E69F00" pt 9 ps PS lw 1.2 notitle, \
     $d112 using 1:2:3:4 with yerrorbars lc rgb "#D55E00" pt 13 ps PS lw 1.2 notitle, \
     $d113 using 1:2:3:4 with yerrorbars lc rgb "#009E73" pt 11 ps PS lw 1.2 notitle, \
     $d114 using 1:2:3:4 with yerrorbars lc rgb "#CC79A7" pt 15 ps PS lw 1.2 notitle, \
     $d115 using 1:2:3:4 with yerrorbars lc rgb "#666666" pt 6 ps PS lw 1.2 dt 2 notitle, \
     $d116 using 1:2:3:4 with yerrorbars lc rgb "#56B4E9" pt 3 ps PS lw 1.2 notitle, \
     $d117 using 1:2:3:4 with yerrorbars lc rgb "#56B4E9" pt 12 ps PS lw 1.2 notitle, \
     $d118 using 1:2:3:4 with yerrorbars lc rgb "#E69F00" pt 4 ps PS lw 1.2 notitle, \
     $d119 using 1:2:3:4 with yerrorbars lc rgb "#0072B2" pt 8 ps PS lw 1.2 notitle, \
     500.433 with lines dt 3 lw 1.5 lc rgb "#000000" notitle
unset border
unset tics
unset grid
unset xlabel
unset ylabel
unset title
unset logscale
unset arrow
set xrange [0:1]
set yrange [0:1]
set key center center vertical Left reverse samplen 2 spacing 1.2 font ",9"
plot NaN with points lc rgb "#0072B2" pt 5 ps PS lw 1.2 title "btree", \
     NaN with points lc rgb "#E69F00" pt 9 ps PS lw 1.2 title "linear", \
     NaN with points lc rgb "#D55E00" pt 13 ps PS lw 1.2 title "rmi", \
     NaN with points lc rgb "#009E73" pt 11 ps PS lw 1.2 title "pla", \
     NaN with points lc rgb "#CC79A7" pt 15 ps PS lw 1.2 title "radixspline", \
     NaN with points lc rgb "#666666" pt 6 ps PS lw 1.2 dt 2 title "rocksdb", \
     NaN with points lc rgb "#56B4E9" pt 3 ps PS lw 1.2 title "hotcold", \
     NaN with points lc rgb "#56B4E9" pt 12 ps PS lw 1.2 title "btree_dyn", \
     NaN with points lc rgb "#E69F00" pt 4 ps PS lw 1.2 title "dpgm", \
     NaN with points lc rgb "#0072B2" pt 8 ps PS lw 1.2 title "gapped", \
     NaN with lines dt 3 lw 1.5 lc rgb "#000000" title "binary search (no index)"
unset multiplot
