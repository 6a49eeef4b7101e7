# Index size against lookup time, 1 thread (down and left is better)
# (data blocks first; terminal and output are set by the caller)
$d0 << EOD
1.33158e+06	230.205	186.758	252.173
EOD
$d1 << EOD
1.04863e+06	372.246	314.361	403.211
EOD
$d2 << EOD
1.53318e+06	133.977	123.179	136.478
EOD
$d3 << EOD
249368	218.537	196.653	230.513
EOD
$d4 << EOD
931376	197.872	184.983	206.3
EOD
$d5 << EOD
2.40576e+08	3848.06	3601.95	3929.07
EOD
$d6 << EOD
2.31879e+08	3465.02	3329.68	3748.06
EOD
$d7 << EOD
2.31113e+08	878.665	818.998	929.905
EOD
$d8 << EOD
1.61346e+08	256.174	237.433	270.958
EOD
$d9 << EOD
2.69487e+08	278.156	258.314	291.752
EOD
$d10 << EOD
1.33158e+06	218.382	194.076	237.442
EOD
$d11 << EOD
1.04863e+06	362.901	329.201	402.561
EOD
$d12 << EOD
1.04882e+06	109.729	100.586	118.657
EOD
$d13 << EOD
248600	211.562	202.097	220.258
EOD
$d14 << EOD
639588	145.296	140.121	159.04
EOD
$d15 << EOD
2.65832e+08	3835.84	3561.46	3973.92
EOD
$d16 << EOD
2.55383e+08	3546.46	3323.65	4903.89
EOD
$d17 << EOD
2.31113e+08	893.179	782.995	948.884
EOD
$d18 << EOD
1.61346e+08	250.514	243.396	263.075
EOD
$d19 << EOD
2.69482e+08	276.709	255.456	291.78
EOD
$d20 << EOD
1.33158e+06	218.535	208.697	238.637
EOD
$d21 << EOD
1.04863e+06	407.718	377.887	794.923
EOD
$d22 << EOD
984816	174.399	169.491	345.634
EOD
$d23 << EOD
1.40065e+06	245.959	226.313	474.726
EOD
$d24 << EOD
1.35824e+06	227.247	214.354	398.884
EOD
$d25 << EOD
2.214e+08	3628.47	3422.2	5599.18
EOD
$d26 << EOD
2.15394e+08	3431.26	3221.37	5115.8
EOD
$d27 << EOD
2.31113e+08	899.525	729.431	1156.09
EOD
$d28 << EOD
1.62066e+08	303.454	290.53	330.996
EOD
$d29 << EOD
2.7547e+08	496.026	417.034	525.4
EOD
$d30 << EOD
1.33158e+06	235.226	220.954	256.945
EOD
$d31 << EOD
1.04863e+06	374.197	335.99	404.764
EOD
$d32 << EOD
1.24306e+06	132.273	125.257	144.434
EOD
$d33 << EOD
248960	213.36	203.337	218.68
EOD
$d34 << EOD
816996	149.16	136.534	161.584
EOD
$d35 << EOD
2.52751e+08	3918.33	3544.32	4000.32
EOD
$d36 << EOD
2.43337e+08	3541.94	3177.42	3624.86
EOD
$d37 << EOD
2.31113e+08	859.485	700.387	946.173
EOD
$d38 << EOD
1.61346e+08	254.628	236.248	274.07
EOD
$d39 << EOD
2.69484e+08	269.144	239.382	287.016
EOD
$d40 << EOD
424832	152.411	142.853	158.636
EOD
$d41 << EOD
262200	271.023	232.293	303.758
EOD
$d42 << EOD
406608	182.113	163.461	191.577
EOD
$d43 << EOD
259712	208.143	183.248	220.216
EOD
$d44 << EOD
446452	186.095	164.216	196.833
EOD
$d45 << EOD
7.2332e+07	3039.2	2687.64	3163.03
EOD
$d46 << EOD
7.03158e+07	2789.25	2512.59	2981.89
EOD
$d47 << EOD
7.35798e+07	587.223	437.042	621.485
EOD
$d48 << EOD
5.16599e+07	244.027	222.208	258.111
EOD
$d49 << EOD
8.78345e+07	332.068	290.547	578.355
EOD
$d50 << EOD
166400	133.892	116.199	148.753
EOD
$d51 << EOD
131128	178.897	145.76	204.281
EOD
$d52 << EOD
174400	198.475	138.702	239.038
EOD
$d53 << EOD
138920	151.463	130.289	176.512
EOD
$d54 << EOD
135796	196.732	133.786	222.666
EOD
$d55 << EOD
2.88572e+07	2677.99	2375.89	2833.39
EOD
$d56 << EOD
2.79981e+07	2482.43	2106.99	2557.63
EOD
$d57 << EOD
2.86454e+07	359.078	303.911	409.004
EOD
$d58 << EOD
2.0153e+07	169.54	145.77	194.624
EOD
$d59 << EOD
3.44862e+07	236.029	206.917	259.91
EOD
$d60 << EOD
24704	53.763	51.169	55.219
EOD
$d61 << EOD
16440	60.135	56.482	64.71
EOD
$d62 << EOD
22272	48.262	46.08	51.33
EOD
$d63 << EOD
21352	48.812	47.056	53.874
EOD
$d64 << EOD
17756	40.302	37.528	43.009
EOD
$d65 << EOD
4.5587e+06	1728.15	1548.75	1854.85
EOD
$d66 << EOD
4.44564e+06	1610.2	1401.93	1766.55
EOD
$d67 << EOD
3.95475e+06	146.51	133.635	156.822
EOD
$d68 << EOD
2.78802e+06	104.019	99.411	105.841
EOD
$d69 << EOD
4.75599e+06	112.941	107.366	115.507
EOD
$d70 << EOD
90240	112.111	96.125	125.829
EOD
$d71 << EOD
65592	140.7	89.893	165.707
EOD
$d72 << EOD
94032	136.515	87.487	164.448
EOD
$d73 << EOD
78032	137.235	108.873	217.06
EOD
$d74 << EOD
76668	128.524	77.91	253.423
EOD
$d75 << EOD
1.18745e+07	2297.5	2019.51	3522.89
EOD
$d76 << EOD
1.18401e+07	2038.15	1863.08	3351.28
EOD
$d77 << EOD
1.5335e+07	287.255	262.066	435.539
EOD
$d78 << EOD
1.08872e+07	157.963	145.15	264.402
EOD
$d79 << EOD
1.9029e+07	244.323	198.35	432.106
EOD
$d80 << EOD
1.33158e+06	209.985	193.937	347.19
EOD
$d81 << EOD
1.04863e+06	371.499	336.368	775.91
EOD
$d82 << EOD
1.04882e+06	138.026	129.007	263.194
EOD
$d83 << EOD
811592	234.149	232.113	473.82
EOD
$d84 << EOD
1.30298e+06	176.269	162.542	330.322
EOD
$d85 << EOD
2.66588e+08	3766.01	3445.66	5467.4
EOD
$d86 << EOD
2.56083e+08	3413	3094.05	4903.34
EOD
$d87 << EOD
2.31113e+08	866.359	790.087	1080.14
EOD
$d88 << EOD
1.61758e+08	299.524	281.241	521.604
EOD
$d89 << EOD
2.72134e+08	412.54	332.586	799.314
EOD
$d90 << EOD
1.33158e+06	217.2	178.24	382.566
EOD
$d91 << EOD
1.04863e+06	411.945	396.02	816.235
EOD
$d92 << EOD
1.58203e+06	230.446	220.039	455.638
EOD
$d93 << EOD
1.00769e+06	319.869	302.529	556.466
EOD
$d94 << EOD
1.07138e+06	285.144	275.189	535.929
EOD
$d95 << EOD
2.55532e+08	3716.89	3291.22	5525.58
EOD
$d96 << EOD
2.46044e+08	3407.97	3016.77	3590.88
EOD
$d97 << EOD
2.31113e+08	830.914	676.856	941.216
EOD
$d98 << EOD
1.62472e+08	317.86	294.235	356.165
EOD
$d99 << EOD
2.77607e+08	521.512	451.24	578.746
EOD
$d100 << EOD
1.33158e+06	396.172	319.01	426.269
EOD
$d101 << EOD
1.04863e+06	424.465	381.067	471.59
EOD
$d102 << EOD
1.49266e+06	297.222	258.255	341.202
EOD
$d103 << EOD
1.3747e+06	321.729	259.667	347.479
EOD
$d104 << EOD
1.41117e+06	290.875	238.127	313.456
EOD
$d105 << EOD
1.4285e+08	3239.53	3015.01	3543.14
EOD
$d106 << EOD
1.44243e+08	3030.2	2673.99	3310.63
EOD
$d107 << EOD
2.31113e+08	809.301	605.085	911.741
EOD
$d108 << EOD
1.6291e+08	331.389	297.05	353.783
EOD
$d109 << EOD
2.84798e+08	600.042	433.021	626.139
EOD
$d110 << EOD
1.33158e+06	230.57	208.175	255.149
EOD
$d111 << EOD
1.04863e+06	411.878	390.452	453.349
EOD
$d112 << EOD
1.24301e+06	273.456	257.538	292.153
EOD
$d113 << EOD
1.55177e+06	349.791	328.31	365.53
EOD
$d114 << EOD
1.27969e+06	352.85	313.532	386.125
EOD
$d115 << EOD
2.352e+08	3624.12	3439.88	4114.68
EOD
$d116 << EOD
2.30773e+08	3321.01	3236.99	3622.55
EOD
$d117 << EOD
2.31113e+08	859.377	777.716	992.504
EOD
$d118 << EOD
1.63165e+08	340.251	307.619	367.573
EOD
$d119 << EOD
2.81732e+08	557.37	529.866	634.455
EOD
if (!exists("PS")) PS = 1.1  # point size; the SVG terminal draws points larger
set termoption noenhanced
set datafile separator "\t"
set multiplot layout 5,3 title "Index size against lookup time, 1 thread (down and left is better)" font ",12" margins 0.085,0.985,0.0469,0.9563 spacing 0.1,0.0594
set border 3 lc rgb "#333333"
set tics nomirror out
set grid ytics lc rgb "#dddddd" lt 1 lw 0.8
unset key
set label 99 "omen bc2e41c9c167 | AMD EPYC, 2 cores | gcc-compatible 12.2.0 | 2026-12-06T04:52:59Z | seed 1, 9 passes" at screen 0.005, screen 0.012 left font ",8" tc rgb "#444444"
unset logscale
unset arrow
set autoscale
set xtics autofreq
set title "lognormal:10M" font ",10"
set logscale x 10
set format x "%.0s%cB"
set xlabel 'index size'
set logscale y 10
set yrange [91.2437:5304.24]
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
     509.334 with lines dt 3 lw 1.5 lc rgb "#000000" notitle
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
set yrange [74.5081:6620.25]
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
     500.2 with lines dt 3 lw 1.5 lc rgb "#000000" notitle
unset logscale
unset arrow
set autoscale
set xtics autofreq
set title "zipf_gaps:10M" font ",10"
set logscale x 10
set format x "%.0s%cB"
set xlabel 'index size'
set logscale y 10
set yrange [125.549:7558.9]
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
     490.909 with lines dt 3 lw 1.5 lc rgb "#000000" notitle
unset logscale
unset arrow
set autoscale
set xtics autofreq
set title "normal:10M" font ",10"
set logscale x 10
set format x "%.0s%cB"
set xlabel 'index size'
set logscale y 10
set yrange [92.783:5400.43]
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
     509.233 with lines dt 3 lw 1.5 lc rgb "#000000" notitle
unset logscale
unset arrow
set autoscale
set xtics autofreq
set title "geoip_ipv4" font ",10"
set logscale x 10
set format x "%.0s%cB"
set xlabel 'index size'
set logscale y 10
set yrange [105.817:4270.1]
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
     328.173 with lines dt 3 lw 1.5 lc rgb "#000000" notitle
unset logscale
unset arrow
set autoscale
set xtics autofreq
set title "geoip_ipv6" font ",10"
set logscale x 10
set format x "%.0s%cB"
set xlabel 'index size'
set logscale y 10
set yrange [86.0733:3825.08]
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
     220.436 with lines dt 3 lw 1.5 lc rgb "#000000" notitle
unset logscale
unset arrow
set autoscale
set xtics autofreq
set title "cities_s2" font ",10"
set logscale x 10
set format x "%.0s%cB"
set xlabel 'index size'
set logscale y 10
set yrange [27.7985:2504.05]
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
     130.536 with lines dt 3 lw 1.5 lc rgb "#000000" notitle
unset logscale
unset arrow
set autoscale
set xtics autofreq
set title "words" font ",10"
set logscale x 10
set format x "%.0s%cB"
set xlabel 'index size'
set logscale y 10
set yrange [57.7111:4755.91]
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
     177.192 with lines dt 3 lw 1.5 lc rgb "#000000" notitle
unset logscale
unset arrow
set autoscale
set xtics autofreq
set title "genome_10M" font ",10"
set logscale x 10
set format x "%.0s%cB"
set xlabel 'index size'
set logscale y 10
set yrange [95.5607:7380.98]
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
     498.092 with lines dt 3 lw 1.5 lc rgb "#000000" notitle
unset logscale
unset arrow
set autoscale
set xtics autofreq
set title "protein_10M" font ",10"
set logscale x 10
set format x "%.0s%cB"
set xlabel 'index size'
set logscale y 10
set yrange [132.03:7459.54]
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
     495.278 with lines dt 3 lw 1.5 lc rgb "#000000" notitle
unset logscale
unset arrow
set autoscale
set xtics autofreq
set title "rrna_10M" font ",10"
set logscale x 10
set format x "%.0s%cB"
set xlabel 'index size'
set logscale y 10
set yrange [176.39:4783.23]
set format y "%g"
set ylabel "ns per lookup (log scale)"
set ytics (200, 500, 1000, 2000)
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
     483.556 with lines dt 3 lw 1.5 lc rgb "#000000" notitle
unset logscale
unset arrow
set autoscale
set xtics autofreq
set title "borders_s2_10M" font ",10"
set logscale x 10
set format x "%.0s%cB"
set xlabel 'index size'
set logscale y 10
set yrange [154.204:5554.82]
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
     492.887 with lines dt 3 lw 1.5 lc rgb "#000000" notitle
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
