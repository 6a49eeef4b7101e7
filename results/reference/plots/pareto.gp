# Index size against lookup time, 1 thread (down and left is better)
# (data blocks first; terminal and output are set by the caller)
$d0 << EOD
1.33158e+06	225.292	166.896	352.01
EOD
$d1 << EOD
1.04863e+06	365.739	297.405	764.882
EOD
$d2 << EOD
1.53318e+06	136.04	116.927	241.054
EOD
$d3 << EOD
249368	213.455	193.883	414.096
EOD
$d4 << EOD
931376	195.106	164.334	227.167
EOD
$d5 << EOD
2.40576e+08	3671.94	2827.02	4909.9
EOD
$d6 << EOD
2.31879e+08	3252.51	2792	4530.91
EOD
$d7 << EOD
2.31113e+08	908.717	667.772	1083.36
EOD
$d8 << EOD
1.61346e+08	240.302	205.254	395.085
EOD
$d9 << EOD
2.68843e+08	159.421	141.321	224.573
EOD
$d10 << EOD
1.33158e+06	228.04	175.498	367.957
EOD
$d11 << EOD
1.04863e+06	365.064	283.184	685.478
EOD
$d12 << EOD
1.04882e+06	107.936	92.633	201.212
EOD
$d13 << EOD
248600	217.717	198.568	432.359
EOD
$d14 << EOD
639588	158.338	117.553	274.118
EOD
$d15 << EOD
2.65832e+08	3570.04	2919.33	5010.87
EOD
$d16 << EOD
2.55383e+08	3279.6	2677.89	4698.86
EOD
$d17 << EOD
2.31113e+08	846.7	669.708	1113.21
EOD
$d18 << EOD
1.61346e+08	234.096	200.634	405.385
EOD
$d19 << EOD
2.68837e+08	156.236	128.813	233.104
EOD
$d20 << EOD
1.33158e+06	216.022	187.231	354.641
EOD
$d21 << EOD
1.04863e+06	423.581	368.171	824.844
EOD
$d22 << EOD
984816	187.498	156.436	318.969
EOD
$d23 << EOD
1.40065e+06	245.904	212.313	470.894
EOD
$d24 << EOD
1.35824e+06	231.84	168.479	325.089
EOD
$d25 << EOD
2.214e+08	3401.15	2988.1	5081.83
EOD
$d26 << EOD
2.15394e+08	3155.18	2817.91	4479.41
EOD
$d27 << EOD
2.31113e+08	884.688	810.48	1103.49
EOD
$d28 << EOD
1.62066e+08	297.34	266	487.682
EOD
$d29 << EOD
2.70265e+08	388.587	328.981	583.65
EOD
$d30 << EOD
1.33158e+06	225.491	188.335	278.67
EOD
$d31 << EOD
1.04863e+06	352.591	294.869	538.374
EOD
$d32 << EOD
1.24306e+06	129.306	117.693	186.183
EOD
$d33 << EOD
248960	210.924	202.092	251.871
EOD
$d34 << EOD
816996	149.337	133.871	232.609
EOD
$d35 << EOD
2.52751e+08	3418.27	2804.66	4538.11
EOD
$d36 << EOD
2.43337e+08	3217.22	2795.68	4661.31
EOD
$d37 << EOD
2.31113e+08	867.66	719.516	1166.89
EOD
$d38 << EOD
1.61346e+08	227.639	215.42	397.174
EOD
$d39 << EOD
2.68843e+08	152.611	133.693	253.301
EOD
$d40 << EOD
424832	149.295	138.329	234.74
EOD
$d41 << EOD
262200	254.245	236.195	535.456
EOD
$d42 << EOD
406608	184.006	157.401	353.397
EOD
$d43 << EOD
259712	200.817	192.103	407.139
EOD
$d44 << EOD
446452	147.913	132.99	256.526
EOD
$d45 << EOD
7.2332e+07	2734.69	2295.39	4180.22
EOD
$d46 << EOD
7.03158e+07	2450.57	2199.66	3632.42
EOD
$d47 << EOD
7.35798e+07	594.694	490.759	743.951
EOD
$d48 << EOD
5.16599e+07	218.499	195.884	339.779
EOD
$d49 << EOD
8.61178e+07	290.074	254.648	474.873
EOD
$d50 << EOD
166400	139.244	96.326	204.165
EOD
$d51 << EOD
131128	185.259	123.76	374.544
EOD
$d52 << EOD
174400	199.273	131.79	377.142
EOD
$d53 << EOD
138920	167.863	130.762	293.38
EOD
$d54 << EOD
135796	141.176	95.42	213.392
EOD
$d55 << EOD
2.88572e+07	2413.17	1934.52	3584.63
EOD
$d56 << EOD
2.79981e+07	2203.07	1673.11	3297.28
EOD
$d57 << EOD
2.86454e+07	353.678	284.297	556.529
EOD
$d58 << EOD
2.0153e+07	156.269	120.816	255.997
EOD
$d59 << EOD
3.36698e+07	221.694	182.464	366.383
EOD
$d60 << EOD
24704	54.089	50.744	72.842
EOD
$d61 << EOD
16440	56.025	53.806	81.442
EOD
$d62 << EOD
22272	48.572	45.917	66.454
EOD
$d63 << EOD
21352	49.373	46.151	65.045
EOD
$d64 << EOD
17756	52.208	49.125	65.57
EOD
$d65 << EOD
4.5587e+06	1629.21	1384.52	2531.21
EOD
$d66 << EOD
4.44564e+06	1433.57	1216.12	2370.7
EOD
$d67 << EOD
3.95475e+06	141.316	128.262	208.468
EOD
$d68 << EOD
2.78802e+06	80.553	77.146	102.969
EOD
$d69 << EOD
4.6384e+06	94.481	89.95	116.073
EOD
$d70 << EOD
90240	105.168	90.781	147.731
EOD
$d71 << EOD
65592	141.38	75.458	251.188
EOD
$d72 << EOD
94032	126.444	87.676	279.507
EOD
$d73 << EOD
78032	140.361	78.448	229.96
EOD
$d74 << EOD
76668	137.776	62.972	250.535
EOD
$d75 << EOD
1.18745e+07	2075.18	1712.83	3365.49
EOD
$d76 << EOD
1.18401e+07	1892.06	1685.4	2860.69
EOD
$d77 << EOD
1.5335e+07	285.572	248.279	432.869
EOD
$d78 << EOD
1.08872e+07	132.322	110.388	203.816
EOD
$d79 << EOD
1.81213e+07	191.195	159.613	276.876
EOD
$d80 << EOD
1.33158e+06	247.152	176.485	363.379
EOD
$d81 << EOD
1.04863e+06	405.294	316.288	806.51
EOD
$d82 << EOD
1.04882e+06	142.332	127.205	266.912
EOD
$d83 << EOD
811592	245.022	217.155	460.685
EOD
$d84 << EOD
1.30298e+06	167.904	142.918	307.655
EOD
$d85 << EOD
2.66588e+08	3467.2	3078.09	5181.9
EOD
$d86 << EOD
2.56083e+08	3069.39	2687.41	4826.34
EOD
$d87 << EOD
2.31113e+08	861.69	753.431	1047.01
EOD
$d88 << EOD
1.61758e+08	271.095	243.073	438.035
EOD
$d89 << EOD
2.69589e+08	263.535	229.886	414.691
EOD
$d90 << EOD
1.33158e+06	218.28	188.296	380.309
EOD
$d91 << EOD
1.04863e+06	400.921	356.495	850.845
EOD
$d92 << EOD
1.58203e+06	235.068	215.582	447.711
EOD
$d93 << EOD
1.00769e+06	314.016	285.703	522.056
EOD
$d94 << EOD
1.07138e+06	248.238	224.146	411.093
EOD
$d95 << EOD
2.55532e+08	3299.95	2753.28	5251.43
EOD
$d96 << EOD
2.46044e+08	2963.21	2516.2	4569.03
EOD
$d97 << EOD
2.31113e+08	842.099	678.902	1132.77
EOD
$d98 << EOD
1.62472e+08	303.759	264.554	524.866
EOD
$d99 << EOD
2.7112e+08	468.546	362.842	862.201
EOD
$d100 << EOD
1.33158e+06	397.103	303.862	635.811
EOD
$d101 << EOD
1.04863e+06	418.204	368.227	905.893
EOD
$d102 << EOD
1.49266e+06	305.289	264.512	592.568
EOD
$d103 << EOD
1.3747e+06	323.026	287.641	563.53
EOD
$d104 << EOD
1.41117e+06	265.797	217.515	440.563
EOD
$d105 << EOD
1.4285e+08	3019.1	2674.43	4393.74
EOD
$d106 << EOD
1.44243e+08	2934.6	2386	4186.75
EOD
$d107 << EOD
2.31113e+08	770.619	583.198	983.188
EOD
$d108 << EOD
1.6291e+08	317.893	273.097	496.402
EOD
$d109 << EOD
2.72273e+08	545.634	465.628	842.507
EOD
$d110 << EOD
1.33158e+06	225.263	180.152	399.374
EOD
$d111 << EOD
1.04863e+06	407.483	352.53	767.485
EOD
$d112 << EOD
1.24301e+06	282.762	236.786	503.904
EOD
$d113 << EOD
1.55177e+06	334.047	274.509	509.608
EOD
$d114 << EOD
1.27969e+06	296.44	243.114	446.63
EOD
$d115 << EOD
2.352e+08	3228.09	2733.2	4530.42
EOD
$d116 << EOD
2.30773e+08	2969.49	2708.64	3664.76
EOD
$d117 << EOD
2.31113e+08	854.097	657.352	997.82
EOD
$d118 << EOD
1.63165e+08	342.097	272.071	490.108
EOD
$d119 << EOD
2.71834e+08	513.196	385.869	740.031
EOD
if (!exists("PS")) PS = 1.1  # point size; the SVG terminal draws points larger
set termoption noenhanced
set datafile separator "\t"
set multiplot layout 5,3 title "Index size against lookup time, 1 thread (down and left is better)" font ",12" margins 0.085,0.985,0.0469,0.9563 spacing 0.1,0.0594
set border 3 lc rgb "#333333"
set tics nomirror out
set grid ytics lc rgb "#dddddd" lt 1 lw 0.8
unset key
set label 99 "omen 6422818fb0da | AMD EPYC, 2 cores | gcc-compatible 12.2.0 | 2026-12-06T14:46:33Z | seed 1, 9 passes" at screen 0.005, screen 0.012 left font ",8" tc rgb "#444444"
unset logscale
unset arrow
set autoscale
set xtics autofreq
set title "lognormal:10M" font ",10"
set logscale x 10
set format x "%.0s%cB"
set xlabel 'index size'
set logscale y 10
set yrange [86.6126:6628.36]
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
     495.06 with lines dt 3 lw 1.5 lc rgb "#000000" notitle
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
set yrange [68.617:6764.67]
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
     523.465 with lines dt 3 lw 1.5 lc rgb "#000000" notitle
unset logscale
unset arrow
set autoscale
set xtics autofreq
set title "zipf_gaps:10M" font ",10"
set logscale x 10
set format x "%.0s%cB"
set xlabel 'index size'
set logscale y 10
set yrange [115.879:6860.47]
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
     511.091 with lines dt 3 lw 1.5 lc rgb "#000000" notitle
unset logscale
unset arrow
set autoscale
set xtics autofreq
set title "normal:10M" font ",10"
set logscale x 10
set format x "%.0s%cB"
set xlabel 'index size'
set logscale y 10
set yrange [87.18:6292.77]
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
     525.163 with lines dt 3 lw 1.5 lc rgb "#000000" notitle
unset logscale
unset arrow
set autoscale
set xtics autofreq
set title "geoip_ipv4" font ",10"
set logscale x 10
set format x "%.0s%cB"
set xlabel 'index size'
set logscale y 10
set yrange [98.5111:5643.29]
set format y "%g"
set ylabel "ns per lookup (log scale)"
set ytics (100, 200, 500, 1000, 2000, 5000)
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
     319.081 with lines dt 3 lw 1.5 lc rgb "#000000" notitle
unset logscale
unset arrow
set autoscale
set xtics autofreq
set title "geoip_ipv6" font ",10"
set logscale x 10
set format x "%.0s%cB"
set xlabel 'index size'
set logscale y 10
set yrange [70.6815:4839.25]
set format y "%g"
set ylabel "ns per lookup (log scale)"
set ytics (100, 200, 500, 1000, 2000)
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
     224.31 with lines dt 3 lw 1.5 lc rgb "#000000" notitle
unset logscale
unset arrow
set autoscale
set xtics autofreq
set title "cities_s2" font ",10"
set logscale x 10
set format x "%.0s%cB"
set xlabel 'index size'
set logscale y 10
set yrange [34.0126:3417.14]
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
     129.845 with lines dt 3 lw 1.5 lc rgb "#000000" notitle
unset logscale
unset arrow
set autoscale
set xtics autofreq
set title "words" font ",10"
set logscale x 10
set format x "%.0s%cB"
set xlabel 'index size'
set logscale y 10
set yrange [46.6459:4543.41]
set format y "%g"
set ylabel "ns per lookup (log scale)"
set ytics (50, 100, 200, 500, 1000, 2000)
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
     175.846 with lines dt 3 lw 1.5 lc rgb "#000000" notitle
unset logscale
unset arrow
set autoscale
set xtics autofreq
set title "genome_10M" font ",10"
set logscale x 10
set format x "%.0s%cB"
set xlabel 'index size'
set logscale y 10
set yrange [94.2259:6995.56]
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
     540.236 with lines dt 3 lw 1.5 lc rgb "#000000" notitle
unset logscale
unset arrow
set autoscale
set xtics autofreq
set title "protein_10M" font ",10"
set logscale x 10
set format x "%.0s%cB"
set xlabel 'index size'
set logscale y 10
set yrange [139.479:7089.43]
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
     474.079 with lines dt 3 lw 1.5 lc rgb "#000000" notitle
unset logscale
unset arrow
set autoscale
set xtics autofreq
set title "rrna_10M" font ",10"
set logscale x 10
set format x "%.0s%cB"
set xlabel 'index size'
set logscale y 10
set yrange [161.122:5931.55]
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
     528.4 with lines dt 3 lw 1.5 lc rgb "#000000" notitle
unset logscale
unset arrow
set autoscale
set xtics autofreq
set title "borders_s2_10M" font ",10"
set logscale x 10
set format x "%.0s%cB"
set xlabel 'index size'
set logscale y 10
set yrange [133.446:6116.06]
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
     496.316 with lines dt 3 lw 1.5 lc rgb "#000000" notitle
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
