# Index size against lookup time, 1 thread (down and left is better)
# (data blocks first; terminal and output are set by the caller)
$d0 << EOD
1.33158e+06	219.229	209.301	394.662
EOD
$d1 << EOD
1.04863e+06	350.883	340.705	735.195
EOD
$d2 << EOD
1.53318e+06	130.392	123.066	235.805
EOD
$d3 << EOD
249368	219.369	195.09	403.848
EOD
$d4 << EOD
931376	196.626	173.595	310.542
EOD
$d5 << EOD
2.40576e+08	3705.09	3465.67	5412.36
EOD
$d6 << EOD
2.31879e+08	3439.33	3284.8	4982
EOD
$d7 << EOD
2.31113e+08	838.876	793.44	1114.36
EOD
$d8 << EOD
1.61346e+08	252.044	236.179	425.547
EOD
$d9 << EOD
2.68843e+08	140.839	129.941	241.522
EOD
$d10 << EOD
1.33158e+06	223.406	200.484	396.301
EOD
$d11 << EOD
1.04863e+06	350.531	315.834	690.054
EOD
$d12 << EOD
1.04882e+06	104.351	95.98	211.41
EOD
$d13 << EOD
248600	215.829	195.347	386.582
EOD
$d14 << EOD
639588	143.94	135.284	255.292
EOD
$d15 << EOD
2.65832e+08	3636.12	3450.57	5282.89
EOD
$d16 << EOD
2.55383e+08	3374.09	3184.02	4983.69
EOD
$d17 << EOD
2.31113e+08	818.049	678.471	1032.23
EOD
$d18 << EOD
1.61346e+08	242.677	226.908	443.779
EOD
$d19 << EOD
2.68837e+08	136.963	127.437	223.432
EOD
$d20 << EOD
1.33158e+06	223.406	196.484	389.083
EOD
$d21 << EOD
1.04863e+06	396.074	359.6	823.385
EOD
$d22 << EOD
984816	175.569	166.764	347.606
EOD
$d23 << EOD
1.40065e+06	262.357	222.66	521.284
EOD
$d24 << EOD
1.35824e+06	227.59	202.312	399.819
EOD
$d25 << EOD
2.214e+08	3598.22	3487.59	5274.32
EOD
$d26 << EOD
2.15394e+08	3275.92	3204.08	4993.17
EOD
$d27 << EOD
2.31113e+08	838.445	799.308	1039.36
EOD
$d28 << EOD
1.62066e+08	289.742	271.392	311.848
EOD
$d29 << EOD
2.70265e+08	365.368	338.423	404.85
EOD
$d30 << EOD
1.33158e+06	225.303	184.593	260.508
EOD
$d31 << EOD
1.04863e+06	354.464	304.744	378.127
EOD
$d32 << EOD
1.24306e+06	129.537	120.23	134.695
EOD
$d33 << EOD
248960	218.287	191.961	235.043
EOD
$d34 << EOD
816996	149.983	131.635	163.286
EOD
$d35 << EOD
2.52751e+08	3746.99	3518.24	4044.89
EOD
$d36 << EOD
2.43337e+08	3393.41	3282.73	3804.8
EOD
$d37 << EOD
2.31113e+08	784.387	751.679	934.67
EOD
$d38 << EOD
1.61346e+08	237.041	224.909	256.303
EOD
$d39 << EOD
2.68843e+08	144.088	132.7	160.768
EOD
$d40 << EOD
424832	151.971	140.138	160.944
EOD
$d41 << EOD
262200	269.898	239.733	302.185
EOD
$d42 << EOD
406608	186.491	168.728	199.007
EOD
$d43 << EOD
259712	209.617	192.551	232.283
EOD
$d44 << EOD
446452	189.558	171.765	201.855
EOD
$d45 << EOD
7.2332e+07	2970.88	2785.74	3404.87
EOD
$d46 << EOD
7.03158e+07	2737.09	2619.66	3084.69
EOD
$d47 << EOD
7.35798e+07	563.243	518.235	717.724
EOD
$d48 << EOD
5.16599e+07	237.41	223.476	258.451
EOD
$d49 << EOD
8.61178e+07	285.103	261.838	437.82
EOD
$d50 << EOD
166400	138.147	124.213	170.079
EOD
$d51 << EOD
131128	184.69	163.152	310.891
EOD
$d52 << EOD
174400	214.505	170.595	304.347
EOD
$d53 << EOD
138920	146.106	133.31	243.698
EOD
$d54 << EOD
135796	189.291	155.247	262.284
EOD
$d55 << EOD
2.88572e+07	2647.56	2375.03	3775.46
EOD
$d56 << EOD
2.79981e+07	2375.5	2186.96	3519.25
EOD
$d57 << EOD
2.86454e+07	390.731	317.457	500.203
EOD
$d58 << EOD
2.0153e+07	182.041	159.386	259.172
EOD
$d59 << EOD
3.36698e+07	226.536	198.504	293.155
EOD
$d60 << EOD
24704	54.035	50.526	74.996
EOD
$d61 << EOD
16440	59.991	53.15	65.91
EOD
$d62 << EOD
22272	48.709	45.303	66.045
EOD
$d63 << EOD
21352	49.735	46.29	61.942
EOD
$d64 << EOD
17756	39.647	37.377	60.637
EOD
$d65 << EOD
4.5587e+06	1782.29	1562.22	2720.91
EOD
$d66 << EOD
4.44564e+06	1535.29	1449.13	2387.1
EOD
$d67 << EOD
3.95475e+06	145.312	127.815	154.802
EOD
$d68 << EOD
2.78802e+06	103.489	96.789	114.43
EOD
$d69 << EOD
4.6384e+06	95.035	86.619	102.689
EOD
$d70 << EOD
90240	112.308	97.296	129.19
EOD
$d71 << EOD
65592	139.601	129.888	232.253
EOD
$d72 << EOD
94032	125.909	103.065	217.603
EOD
$d73 << EOD
78032	136.24	132.038	188.638
EOD
$d74 << EOD
76668	125.523	115.367	173.505
EOD
$d75 << EOD
1.18745e+07	2199.47	2040.1	3195.41
EOD
$d76 << EOD
1.18401e+07	2007.06	1885.58	2818.07
EOD
$d77 << EOD
1.5335e+07	266.212	249.663	327.731
EOD
$d78 << EOD
1.08872e+07	155.276	147.625	193.411
EOD
$d79 << EOD
1.81213e+07	181.045	153.136	220.961
EOD
$d80 << EOD
1.33158e+06	229.024	184.795	315.759
EOD
$d81 << EOD
1.04863e+06	369.319	335.759	733.326
EOD
$d82 << EOD
1.04882e+06	134.968	121.799	234.442
EOD
$d83 << EOD
811592	235.538	212.121	447.667
EOD
$d84 << EOD
1.30298e+06	169.891	152.466	311.398
EOD
$d85 << EOD
2.66588e+08	3773.38	3476.07	5807.25
EOD
$d86 << EOD
2.56083e+08	3440.66	3213.46	4852.11
EOD
$d87 << EOD
2.31113e+08	785.195	673.201	948.509
EOD
$d88 << EOD
1.61758e+08	287.335	259.006	449.643
EOD
$d89 << EOD
2.69589e+08	267.887	232.875	361.028
EOD
$d90 << EOD
1.33158e+06	210.203	190.998	331.746
EOD
$d91 << EOD
1.04863e+06	382.522	357.15	718.408
EOD
$d92 << EOD
1.58203e+06	229.689	214.493	400.517
EOD
$d93 << EOD
1.00769e+06	291.954	275.223	452.373
EOD
$d94 << EOD
1.07138e+06	271.197	250.921	448.805
EOD
$d95 << EOD
2.55532e+08	3561.5	3184.22	5507.12
EOD
$d96 << EOD
2.46044e+08	3407.31	2908.08	5237.92
EOD
$d97 << EOD
2.31113e+08	888.05	616.669	1026.08
EOD
$d98 << EOD
1.62472e+08	338.82	292.703	567.801
EOD
$d99 << EOD
2.7112e+08	492.264	415.81	805.004
EOD
$d100 << EOD
1.33158e+06	405.416	354.267	536.814
EOD
$d101 << EOD
1.04863e+06	454.995	398.556	793.3
EOD
$d102 << EOD
1.49266e+06	319.623	273.017	537.198
EOD
$d103 << EOD
1.3747e+06	319.274	287.056	520.055
EOD
$d104 << EOD
1.41117e+06	300.413	262.233	502.81
EOD
$d105 << EOD
1.4285e+08	3364.61	3170.19	4558.97
EOD
$d106 << EOD
1.44243e+08	3054.13	2950.36	4069.03
EOD
$d107 << EOD
2.31113e+08	836.185	743.366	1014.97
EOD
$d108 << EOD
1.6291e+08	336.461	313.382	602.831
EOD
$d109 << EOD
2.72273e+08	538.432	507.671	903.08
EOD
$d110 << EOD
1.33158e+06	222.283	194.932	384.169
EOD
$d111 << EOD
1.04863e+06	396.563	363.237	793.629
EOD
$d112 << EOD
1.24301e+06	264.337	243.21	510.641
EOD
$d113 << EOD
1.55177e+06	317.533	286.945	588.318
EOD
$d114 << EOD
1.27969e+06	332.176	308.925	520.131
EOD
$d115 << EOD
2.352e+08	3735.91	3370.7	5604.02
EOD
$d116 << EOD
2.30773e+08	3469.59	3189.93	5048.93
EOD
$d117 << EOD
2.31113e+08	890.853	830.614	1122.53
EOD
$d118 << EOD
1.63165e+08	346.783	312.91	602.831
EOD
$d119 << EOD
2.71834e+08	548.716	480.483	805.828
EOD
if (!exists("PS")) PS = 1.1  # point size; the SVG terminal draws points larger
set termoption noenhanced
set datafile separator "\t"
set multiplot layout 5,3 title "Index size against lookup time, 1 thread (down and left is better)" font ",12" margins 0.085,0.985,0.0469,0.9563 spacing 0.1,0.0594
set border 3 lc rgb "#333333"
set tics nomirror out
set grid ytics lc rgb "#dddddd" lt 1 lw 0.8
unset key
set label 99 "omen 873f77558950 | AMD EPYC, 2 cores | gcc-compatible 12.2.0 | 2026-12-06T08:17:46Z | seed 1, 9 passes" at screen 0.005, screen 0.012 left font ",8" tc rgb "#444444"
unset logscale
unset arrow
set autoscale
set xtics autofreq
set title "lognormal:10M" font ",10"
set logscale x 10
set format x "%.0s%cB"
set xlabel 'index size'
set logscale y 10
set yrange [91.16:7306.68]
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
     501.106 with lines dt 3 lw 1.5 lc rgb "#000000" notitle
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
set yrange [71.0963:7131.9]
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
     496.778 with lines dt 3 lw 1.5 lc rgb "#000000" notitle
unset logscale
unset arrow
set autoscale
set xtics autofreq
set title "zipf_gaps:10M" font ",10"
set logscale x 10
set format x "%.0s%cB"
set xlabel 'index size'
set logscale y 10
set yrange [123.529:7120.33]
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
     468.771 with lines dt 3 lw 1.5 lc rgb "#000000" notitle
unset logscale
unset arrow
set autoscale
set xtics autofreq
set title "normal:10M" font ",10"
set logscale x 10
set format x "%.0s%cB"
set xlabel 'index size'
set logscale y 10
set yrange [89.0593:5460.61]
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
     491.947 with lines dt 3 lw 1.5 lc rgb "#000000" notitle
unset logscale
unset arrow
set autoscale
set xtics autofreq
set title "geoip_ipv4" font ",10"
set logscale x 10
set format x "%.0s%cB"
set xlabel 'index size'
set logscale y 10
set yrange [103.806:4596.57]
set format y "%g"
set ylabel "ns per lookup (log scale)"
set ytics (200, 500, 1000, 2000)
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
     338.735 with lines dt 3 lw 1.5 lc rgb "#000000" notitle
unset logscale
unset arrow
set autoscale
set xtics autofreq
set title "geoip_ipv6" font ",10"
set logscale x 10
set format x "%.0s%cB"
set xlabel 'index size'
set logscale y 10
set yrange [92.0096:5096.87]
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
     239.076 with lines dt 3 lw 1.5 lc rgb "#000000" notitle
unset logscale
unset arrow
set autoscale
set xtics autofreq
set title "cities_s2" font ",10"
set logscale x 10
set format x "%.0s%cB"
set xlabel 'index size'
set logscale y 10
set yrange [27.6867:3673.23]
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
     130.949 with lines dt 3 lw 1.5 lc rgb "#000000" notitle
unset logscale
unset arrow
set autoscale
set xtics autofreq
set title "words" font ",10"
set logscale x 10
set format x "%.0s%cB"
set xlabel 'index size'
set logscale y 10
set yrange [72.0711:4313.8]
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
     176.805 with lines dt 3 lw 1.5 lc rgb "#000000" notitle
unset logscale
unset arrow
set autoscale
set xtics autofreq
set title "genome_10M" font ",10"
set logscale x 10
set format x "%.0s%cB"
set xlabel 'index size'
set logscale y 10
set yrange [90.2215:7839.79]
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
     508.33 with lines dt 3 lw 1.5 lc rgb "#000000" notitle
unset logscale
unset arrow
set autoscale
set xtics autofreq
set title "protein_10M" font ",10"
set logscale x 10
set format x "%.0s%cB"
set xlabel 'index size'
set logscale y 10
set yrange [141.48:7434.61]
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
     491.111 with lines dt 3 lw 1.5 lc rgb "#000000" notitle
unset logscale
unset arrow
set autoscale
set xtics autofreq
set title "rrna_10M" font ",10"
set logscale x 10
set format x "%.0s%cB"
set xlabel 'index size'
set logscale y 10
set yrange [194.247:6154.61]
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
     497.645 with lines dt 3 lw 1.5 lc rgb "#000000" notitle
unset logscale
unset arrow
set autoscale
set xtics autofreq
set title "borders_s2_10M" font ",10"
set logscale x 10
set format x "%.0s%cB"
set xlabel 'index size'
set logscale y 10
set yrange [144.394:7565.43]
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
     510.838 with lines dt 3 lw 1.5 lc rgb "#000000" notitle
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
