# Index size against lookup time, 1 thread (down and left is better)
# (data blocks first; terminal and output are set by the caller)
$d0 << EOD
1.33158e+06	183.864	162.505	298.881
EOD
$d1 << EOD
1.04863e+06	264.207	246.935	693.18
EOD
$d2 << EOD
1.53318e+06	119.895	109.335	260.597
EOD
$d3 << EOD
249368	188.377	176.706	387.416
EOD
$d4 << EOD
931376	168.755	149.912	290.34
EOD
$d5 << EOD
2.40576e+08	3587.06	2971.34	5548.14
EOD
$d6 << EOD
2.31879e+08	3217.16	2760.55	4919.14
EOD
$d7 << EOD
2.31113e+08	813.499	591.209	964.027
EOD
$d8 << EOD
1.61346e+08	242.528	220.073	410.897
EOD
$d9 << EOD
2.69487e+08	258.746	222.999	454.017
EOD
$d10 << EOD
1.33158e+06	180.535	150.506	274.772
EOD
$d11 << EOD
1.04863e+06	269.556	228.471	545.54
EOD
$d12 << EOD
1.04882e+06	91.656	81.196	173.333
EOD
$d13 << EOD
248600	192.448	168.301	333.376
EOD
$d14 << EOD
639588	124.393	104.941	196.813
EOD
$d15 << EOD
2.65832e+08	3528.95	2866.36	5127.58
EOD
$d16 << EOD
2.55383e+08	3299.61	2623.41	4565.22
EOD
$d17 << EOD
2.31113e+08	815.777	516.517	958.779
EOD
$d18 << EOD
1.61346e+08	258.909	206.998	425.624
EOD
$d19 << EOD
2.69482e+08	250.599	213.057	304.626
EOD
$d20 << EOD
1.33158e+06	164.043	145.54	235.271
EOD
$d21 << EOD
1.04863e+06	274.629	236.959	501.728
EOD
$d22 << EOD
984816	154.021	142.127	245.866
EOD
$d23 << EOD
1.40065e+06	200.28	180.909	318.599
EOD
$d24 << EOD
1.35824e+06	185.936	163.724	305.595
EOD
$d25 << EOD
2.214e+08	3452.53	2706.8	4609.51
EOD
$d26 << EOD
2.15394e+08	3008.25	2809.51	3580
EOD
$d27 << EOD
2.31113e+08	691.41	518.348	974.876
EOD
$d28 << EOD
1.62066e+08	286.769	242.286	347.321
EOD
$d29 << EOD
2.7547e+08	416.359	300.668	506.259
EOD
$d30 << EOD
1.33158e+06	156.43	145.918	175.213
EOD
$d31 << EOD
1.04863e+06	242.139	215.234	260.488
EOD
$d32 << EOD
1.24306e+06	108.821	98.355	112.522
EOD
$d33 << EOD
248960	173.735	160.664	187.641
EOD
$d34 << EOD
816996	113.431	106.992	120.821
EOD
$d35 << EOD
2.52751e+08	3397.3	2997.87	3925.74
EOD
$d36 << EOD
2.43337e+08	3171.99	2477.33	3717.63
EOD
$d37 << EOD
2.31113e+08	726.35	527.83	981.731
EOD
$d38 << EOD
1.61346e+08	246.861	205.988	372.618
EOD
$d39 << EOD
2.69484e+08	242.592	204.902	382.166
EOD
$d40 << EOD
424832	139.33	115.708	185.643
EOD
$d41 << EOD
262200	238.816	164.347	387.17
EOD
$d42 << EOD
406608	170.902	104.287	254.821
EOD
$d43 << EOD
259712	190.35	139.047	317.807
EOD
$d44 << EOD
446452	170.466	148.965	218.138
EOD
$d45 << EOD
7.2332e+07	3103.05	2116.04	3660.78
EOD
$d46 << EOD
7.03158e+07	2741.88	2069.89	3574.59
EOD
$d47 << EOD
7.35798e+07	534.969	327.022	599.128
EOD
$d48 << EOD
5.16599e+07	242.65	188.319	316.649
EOD
$d49 << EOD
8.78345e+07	318.7	224.605	372.066
EOD
$d50 << EOD
166400	129.74	109.982	144.756
EOD
$d51 << EOD
131128	173.019	132.066	186.899
EOD
$d52 << EOD
174400	178.609	133.996	228.678
EOD
$d53 << EOD
138920	141.491	120.955	162.575
EOD
$d54 << EOD
135796	158.572	94.923	211.146
EOD
$d55 << EOD
2.88572e+07	2573.38	2264.54	3115.5
EOD
$d56 << EOD
2.79981e+07	2214.63	1908.05	3019.9
EOD
$d57 << EOD
2.86454e+07	366.051	283.485	410.239
EOD
$d58 << EOD
2.0153e+07	168.773	147.274	203.913
EOD
$d59 << EOD
3.44862e+07	231.958	212.412	289.625
EOD
$d60 << EOD
24704	51.923	50.411	68.808
EOD
$d61 << EOD
16440	57.625	53.921	64.8
EOD
$d62 << EOD
22272	46.878	44.142	59.751
EOD
$d63 << EOD
21352	48.963	45.466	56.223
EOD
$d64 << EOD
17756	40.466	37.686	55.421
EOD
$d65 << EOD
4.5587e+06	1753.8	1526.22	2527.69
EOD
$d66 << EOD
4.44564e+06	1481.04	1409.61	2284.78
EOD
$d67 << EOD
3.95475e+06	134.651	126.334	154.635
EOD
$d68 << EOD
2.78802e+06	98.615	96.09	115.373
EOD
$d69 << EOD
4.75599e+06	105.198	101.886	126.129
EOD
$d70 << EOD
90240	97.792	88.225	110.698
EOD
$d71 << EOD
65592	118.988	84.206	148.145
EOD
$d72 << EOD
94032	112.001	75.973	132.426
EOD
$d73 << EOD
78032	125.677	80.169	136.925
EOD
$d74 << EOD
76668	86.299	61.646	149.254
EOD
$d75 << EOD
1.18745e+07	2147.81	1631.64	2366.95
EOD
$d76 << EOD
1.18401e+07	1950.66	1643.98	2042.98
EOD
$d77 << EOD
1.5335e+07	249.293	221.759	278.419
EOD
$d78 << EOD
1.08872e+07	144.541	136.494	157.242
EOD
$d79 << EOD
1.9029e+07	197.014	181.438	231.871
EOD
$d80 << EOD
1.33158e+06	169.822	161.112	192.137
EOD
$d81 << EOD
1.04863e+06	265.039	254.829	302.239
EOD
$d82 << EOD
1.04882e+06	117.086	110.138	122.356
EOD
$d83 << EOD
811592	197.833	193.359	209.409
EOD
$d84 << EOD
1.30298e+06	130.705	122.045	156.314
EOD
$d85 << EOD
2.66588e+08	3494.18	3199.91	3833.84
EOD
$d86 << EOD
2.56083e+08	3270.43	2994.72	3445.67
EOD
$d87 << EOD
2.31113e+08	762.587	644.474	877.14
EOD
$d88 << EOD
1.61758e+08	268.074	251.402	288.71
EOD
$d89 << EOD
2.72134e+08	317.344	291.988	388.834
EOD
$d90 << EOD
1.33158e+06	185.535	165.428	202.401
EOD
$d91 << EOD
1.04863e+06	300.095	288.216	344.304
EOD
$d92 << EOD
1.58203e+06	207.538	201.46	226.794
EOD
$d93 << EOD
1.00769e+06	259.805	239.744	272.589
EOD
$d94 << EOD
1.07138e+06	248.869	234.261	266.539
EOD
$d95 << EOD
2.55532e+08	3485.76	3229.56	3649.86
EOD
$d96 << EOD
2.46044e+08	3280.68	3067.04	3506.59
EOD
$d97 << EOD
2.31113e+08	815.467	664.844	848.344
EOD
$d98 << EOD
1.62472e+08	286.614	268.768	299.907
EOD
$d99 << EOD
2.77607e+08	447.172	399.726	483.838
EOD
$d100 << EOD
1.33158e+06	377.069	297.785	422.123
EOD
$d101 << EOD
1.04863e+06	403.356	345.973	435.669
EOD
$d102 << EOD
1.49266e+06	274.188	242.927	327.833
EOD
$d103 << EOD
1.3747e+06	290.378	264.99	565.267
EOD
$d104 << EOD
1.41117e+06	270.967	240.542	455.17
EOD
$d105 << EOD
1.4285e+08	3041.45	2720.21	3247.92
EOD
$d106 << EOD
1.44243e+08	2797.96	2662.19	3902.3
EOD
$d107 << EOD
2.31113e+08	692.324	631.857	1038.47
EOD
$d108 << EOD
1.6291e+08	270.902	260.406	362.299
EOD
$d109 << EOD
2.84798e+08	462.032	414.211	805.212
EOD
$d110 << EOD
1.33158e+06	199.04	173.081	364.201
EOD
$d111 << EOD
1.04863e+06	379.227	323.228	843.852
EOD
$d112 << EOD
1.24301e+06	247.616	236.326	502.444
EOD
$d113 << EOD
1.55177e+06	299.83	262.613	555.824
EOD
$d114 << EOD
1.27969e+06	320.114	282.619	512.894
EOD
$d115 << EOD
2.352e+08	3411.52	3078.65	5328.66
EOD
$d116 << EOD
2.30773e+08	3172.42	2997.52	4815.99
EOD
$d117 << EOD
2.31113e+08	636.565	552.105	883.319
EOD
$d118 << EOD
1.63165e+08	278.643	268.123	510.424
EOD
$d119 << EOD
2.81732e+08	429.092	370.36	727.939
EOD
if (!exists("PS")) PS = 1.1  # point size; the SVG terminal draws points larger
set termoption noenhanced
set datafile separator "\t"
set multiplot layout 5,3 title "Index size against lookup time, 1 thread (down and left is better)" font ",12" margins 0.085,0.985,0.0469,0.9563 spacing 0.1,0.0594
set border 3 lc rgb "#333333"
set tics nomirror out
set grid ytics lc rgb "#dddddd" lt 1 lw 0.8
unset key
set label 99 "omen 38d073b98ba6 | AMD EPYC, 2 cores | gcc-compatible 12.2.0 | 2026-12-06T01:42:00Z | seed 1, 9 passes" at screen 0.005, screen 0.012 left font ",8" tc rgb "#444444"
unset logscale
unset arrow
set autoscale
set xtics autofreq
set title "lognormal:10M" font ",10"
set logscale x 10
set format x "%.0s%cB"
set xlabel 'index size'
set logscale y 10
set yrange [80.9889:7489.99]
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
     435.326 with lines dt 3 lw 1.5 lc rgb "#000000" notitle
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
set yrange [60.1452:6922.23]
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
     428.157 with lines dt 3 lw 1.5 lc rgb "#000000" notitle
unset logscale
unset arrow
set autoscale
set xtics autofreq
set title "zipf_gaps:10M" font ",10"
set logscale x 10
set format x "%.0s%cB"
set xlabel 'index size'
set logscale y 10
set yrange [105.279:6222.84]
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
     412.824 with lines dt 3 lw 1.5 lc rgb "#000000" notitle
unset logscale
unset arrow
set autoscale
set xtics autofreq
set title "normal:10M" font ",10"
set logscale x 10
set format x "%.0s%cB"
set xlabel 'index size'
set logscale y 10
set yrange [72.8556:5299.75]
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
     395.095 with lines dt 3 lw 1.5 lc rgb "#000000" notitle
unset logscale
unset arrow
set autoscale
set xtics autofreq
set title "geoip_ipv4" font ",10"
set logscale x 10
set format x "%.0s%cB"
set xlabel 'index size'
set logscale y 10
set yrange [77.2496:4942.06]
set format y "%g"
set ylabel "ns per lookup (log scale)"
set ytics (100, 200, 500, 1000, 2000)
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
     306.946 with lines dt 3 lw 1.5 lc rgb "#000000" notitle
unset logscale
unset arrow
set autoscale
set xtics autofreq
set title "geoip_ipv6" font ",10"
set logscale x 10
set format x "%.0s%cB"
set xlabel 'index size'
set logscale y 10
set yrange [70.3133:4205.93]
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
     210.879 with lines dt 3 lw 1.5 lc rgb "#000000" notitle
unset logscale
unset arrow
set autoscale
set xtics autofreq
set title "cities_s2" font ",10"
set logscale x 10
set format x "%.0s%cB"
set xlabel 'index size'
set logscale y 10
set yrange [27.9156:3412.39]
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
     124.916 with lines dt 3 lw 1.5 lc rgb "#000000" notitle
unset logscale
unset arrow
set autoscale
set xtics autofreq
set title "words" font ",10"
set logscale x 10
set format x "%.0s%cB"
set xlabel 'index size'
set logscale y 10
set yrange [45.6637:3195.39]
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
     169.659 with lines dt 3 lw 1.5 lc rgb "#000000" notitle
unset logscale
unset arrow
set autoscale
set xtics autofreq
set title "genome_10M" font ",10"
set logscale x 10
set format x "%.0s%cB"
set xlabel 'index size'
set logscale y 10
set yrange [81.5837:5175.69]
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
     426.229 with lines dt 3 lw 1.5 lc rgb "#000000" notitle
unset logscale
unset arrow
set autoscale
set xtics autofreq
set title "protein_10M" font ",10"
set logscale x 10
set format x "%.0s%cB"
set xlabel 'index size'
set logscale y 10
set yrange [122.539:4927.32]
set format y "%g"
set ylabel "ns per lookup (log scale)"
set ytics (200, 500, 1000, 2000)
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
     430.018 with lines dt 3 lw 1.5 lc rgb "#000000" notitle
unset logscale
unset arrow
set autoscale
set xtics autofreq
set title "rrna_10M" font ",10"
set logscale x 10
set format x "%.0s%cB"
set xlabel 'index size'
set logscale y 10
set yrange [178.179:5268.11]
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
     448.37 with lines dt 3 lw 1.5 lc rgb "#000000" notitle
unset logscale
unset arrow
set autoscale
set xtics autofreq
set title "borders_s2_10M" font ",10"
set logscale x 10
set format x "%.0s%cB"
set xlabel 'index size'
set logscale y 10
set yrange [128.208:7193.69]
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
     448.346 with lines dt 3 lw 1.5 lc rgb "#000000" notitle
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
