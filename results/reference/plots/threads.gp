# Point lookups: aggregate throughput against threads (higher is better)
# (data blocks first; terminal and output are set by the caller)
$d0 << EOD
1	1.963	1.8784	2.14585
2	3.654	2.69966	4.22586
EOD
$d1 << EOD
1	4.344	3.96557	5.35458
2	7.747	5.9155	8.76582
EOD
$d2 << EOD
1	2.686	2.47973	3.18059
2	5.068	2.91712	5.58081
EOD
$d3 << EOD
1	7.464	7.32722	8.1183
2	14.021	7.84623	15.0583
EOD
$d4 << EOD
1	4.576	4.33826	5.08523
2	8.945	4.50368	9.7656
EOD
$d5 << EOD
1	5.054	4.84753	5.40615
2	9.459	6.12797	10.2755
EOD
$d6 << EOD
1	0.26	0.25464	0.277765
2	0.498	0.369859	0.55092
EOD
$d7 << EOD
1	0.289	0.267176	0.300747
2	0.564	0.421028	0.603226
EOD
$d8 << EOD
1	1.138	1.07529	1.22091
2	2.195	1.90639	2.41577
EOD
$d9 << EOD
1	3.904	3.69099	4.21215
2	7.728	4.81592	8.23733
EOD
$d10 << EOD
1	3.595	3.42747	3.87114
2	6.834	4.44381	7.48025
EOD
$d11 << EOD
1	1.999	1.86834	2.11277
2	3.592	2.80615	4.15931
EOD
$d12 << EOD
1	4.579	4.21143	5.15247
2	8.689	5.27574	9.3731
EOD
$d13 << EOD
1	2.756	2.48448	3.03813
2	5.171	2.56179	5.79705
EOD
$d14 << EOD
1	9.113	8.42732	9.94135
2	17.826	9.76016	19.1273
EOD
$d15 << EOD
1	4.727	4.54037	4.94838
2	9.146	5.21568	9.53701
EOD
$d16 << EOD
1	6.882	6.28727	7.13617
2	12.832	7.33206	14.4085
EOD
$d17 << EOD
1	0.261	0.251932	0.281108
2	0.498	0.377221	0.554523
EOD
$d18 << EOD
1	0.282	0.203941	0.300905
2	0.545	0.40343	0.587706
EOD
$d19 << EOD
1	1.12	1.05425	1.27761
2	2.11	1.8017	2.52053
EOD
$d20 << EOD
1	3.992	3.80139	4.10874
2	7.531	4.16377	7.89492
EOD
$d21 << EOD
1	3.614	3.42733	3.91467
2	6.875	4.28195	7.67421
EOD
$d22 << EOD
1	2.037	1.30036	2.10496
2	3.749	2.38639	4.12236
EOD
$d23 << EOD
1	4.576	4.19053	4.79171
2	7.948	5.52021	9.33879
EOD
$d24 << EOD
1	2.453	1.25815	2.64664
2	4.864	2.48375	5.39476
EOD
$d25 << EOD
1	5.734	2.89325	5.90004
2	10.718	5.68444	11.2644
EOD
$d26 << EOD
1	4.066	2.10662	4.41897
2	7.676	4.05697	8.19812
EOD
$d27 << EOD
1	4.4	2.50671	4.66465
2	7.784	4.71577	8.78087
EOD
$d28 << EOD
1	0.276	0.178858	0.292636
2	0.521	0.362566	0.587382
EOD
$d29 << EOD
1	0.291	0.195179	0.309959
2	0.557	0.39641	0.598443
EOD
$d30 << EOD
1	1.112	0.865219	1.3713
2	2.097	1.66483	2.48349
EOD
$d31 << EOD
1	3.295	3.02082	3.44158
2	5.947	3.67767	6.86623
EOD
$d32 << EOD
1	2.016	1.90329	2.39786
2	3.718	2.00994	4.44074
EOD
$d33 << EOD
1	1.964	1.83974	2.17719
2	3.832	2.0255	4.26535
EOD
$d34 << EOD
1	4.251	3.89167	4.52558
2	8.178	5.31384	9.80804
EOD
$d35 << EOD
1	2.672	2.47022	2.97585
2	5.219	2.58839	5.59732
EOD
$d36 << EOD
1	7.56	6.92347	7.98346
2	14.851	7.77504	15.2513
EOD
$d37 << EOD
1	4.687	4.57298	4.91803
2	7.93	4.52155	9.40514
EOD
$d38 << EOD
1	6.704	6.18854	7.32395
2	11.49	6.54371	13.7448
EOD
$d39 << EOD
1	0.255	0.249773	0.281909
2	0.476	0.366357	0.552399
EOD
$d40 << EOD
1	0.282	0.275549	0.314351
2	0.551	0.382274	0.607405
EOD
$d41 << EOD
1	1.163	1.05645	1.42718
2	2.232	1.90665	2.37999
EOD
$d42 << EOD
1	3.927	3.64843	4.23252
2	7.617	4.33739	7.92937
EOD
$d43 << EOD
1	3.715	3.48367	4.17688
2	6.75	3.79343	7.69545
EOD
$d44 << EOD
1	3.047	2.7088	3.37845
2	5.498	3.73955	6.14452
EOD
$d45 << EOD
1	6.561	6.30354	6.99998
2	11.209	7.87285	13.2741
EOD
$d46 << EOD
1	3.69	3.29234	4.30523
2	6.136	3.7906	7.84787
EOD
$d47 << EOD
1	5.491	5.21974	6.11756
2	10.498	5.77498	11.5821
EOD
$d48 << EOD
1	4.804	4.54063	5.45664
2	9.172	4.80771	9.58783
EOD
$d49 << EOD
1	5.374	5.08083	6.08999
2	10.207	5.90479	11.4882
EOD
$d50 << EOD
1	0.329	0.31612	0.372036
2	0.573	0.403702	0.607525
EOD
$d51 << EOD
1	0.359	0.335807	0.398529
2	0.617	0.465631	0.634182
EOD
$d52 << EOD
1	1.703	1.60911	2.2882
2	3.073	2.54649	3.52407
EOD
$d53 << EOD
1	4.098	3.87439	4.50039
2	7.623	4.38144	8.56277
EOD
$d54 << EOD
1	3.011	1.72879	3.44129
2	5.596	3.09158	6.38427
EOD
$d55 << EOD
1	4.536	3.86352	4.9867
2	8.042	5.813	8.94165
EOD
$d56 << EOD
1	7.469	6.72282	8.60626
2	13.847	10.2184	15.2202
EOD
$d57 << EOD
1	5.59	4.89539	6.86083
2	10.179	5.4512	11.9157
EOD
$d58 << EOD
1	5.038	4.18309	7.2091
2	9.207	7.72492	11.6387
EOD
$d59 << EOD
1	6.602	5.6651	7.67493
2	12.745	11.006	13.7622
EOD
$d60 << EOD
1	5.083	4.49098	7.47454
2	9.765	8.42029	12.5211
EOD
$d61 << EOD
1	0.373	0.352542	0.420427
2	0.649	0.528517	0.67405
EOD
$d62 << EOD
1	0.403	0.391151	0.47481
2	0.714	0.53605	0.757211
EOD
$d63 << EOD
1	2.785	2.44504	3.29054
2	4.882	3.40692	5.52497
EOD
$d64 << EOD
1	5.898	5.13784	6.85976
2	10.244	6.22484	11.7399
EOD
$d65 << EOD
1	4.237	3.8477	4.83312
2	7.746	4.67525	8.49095
EOD
$d66 << EOD
1	7.661	7.52229	8.06253
2	14.647	13.4586	16.0041
EOD
$d67 << EOD
1	18.6	18.1096	19.5429
2	36.52	27.6521	39.3078
EOD
$d68 << EOD
1	16.629	15.4533	17.7045
2	32.289	26.2479	35.6585
EOD
$d69 << EOD
1	20.72	19.4816	21.7011
2	39.618	29.6221	43.0134
EOD
$d70 << EOD
1	20.487	18.562	21.2515
2	37.736	34.117	41.062
EOD
$d71 << EOD
1	24.813	23.2513	26.6471
2	45.463	34.3161	50.3451
EOD
$d72 << EOD
1	0.579	0.53945	0.646071
2	0.881	0.647836	0.904468
EOD
$d73 << EOD
1	0.621	0.566039	0.713257
2	0.966	0.650095	0.997813
EOD
$d74 << EOD
1	6.825	6.37621	7.48255
2	13.862	9.4028	14.2246
EOD
$d75 << EOD
1	9.614	9.4485	10.0596
2	19.273	14.0608	20.1729
EOD
$d76 << EOD
1	8.854	8.65731	9.31375
2	17.157	11.0674	18.3743
EOD
$d77 << EOD
1	5.644	5.04765	6.00305
2	10.325	7.20071	11.7195
EOD
$d78 << EOD
1	8.92	7.94753	10.4034
2	17.643	12.7822	19.3514
EOD
$d79 << EOD
1	7.107	6.03448	11.1238
2	13.671	8.6385	15.7653
EOD
$d80 << EOD
1	7.325	6.08078	11.43
2	13.964	9.46646	15.9681
EOD
$d81 << EOD
1	7.287	4.60717	9.1853
2	14.2	8.54671	15.207
EOD
$d82 << EOD
1	7.781	3.94615	12.8359
2	13.211	7.69918	18.3532
EOD
$d83 << EOD
1	0.435	0.283691	0.494878
2	0.751	0.503332	0.796277
EOD
$d84 << EOD
1	0.491	0.298611	0.537137
2	0.809	0.5598	0.884208
EOD
$d85 << EOD
1	3.481	2.29586	3.81558
2	6.38	4.32521	7.23862
EOD
$d86 << EOD
1	6.331	3.78236	6.88986
2	11.663	7.3487	13.3764
EOD
$d87 << EOD
1	4.093	2.31428	5.04166
2	8.04	4.9371	9.19018
EOD
$d88 << EOD
1	2.008	1.23429	2.1139
2	3.925	2.34958	4.23211
EOD
$d89 << EOD
1	4.762	2.88012	5.15605
2	8.672	5.33513	9.49207
EOD
$d90 << EOD
1	2.692	1.28891	2.97316
2	5.088	2.46838	5.74936
EOD
$d91 << EOD
1	7.245	3.79947	7.7515
2	13.402	7.38063	14.7975
EOD
$d92 << EOD
1	4.271	2.11061	4.30846
2	7.83	4.23093	8.48698
EOD
$d93 << EOD
1	5.673	3.02727	6.1521
2	10.741	5.98149	12.2171
EOD
$d94 << EOD
1	0.266	0.183224	0.29073
2	0.501	0.388075	0.561798
EOD
$d95 << EOD
1	0.293	0.203944	0.323204
2	0.529	0.404288	0.606913
EOD
$d96 << EOD
1	1.154	0.925598	1.2654
2	2.142	1.75811	2.42151
EOD
$d97 << EOD
1	3.339	1.91738	3.55606
2	6.608	3.74919	6.93497
EOD
$d98 << EOD
1	2.424	1.25107	3.00673
2	4.751	2.48267	5.4648
EOD
$d99 << EOD
1	2.019	1.19198	2.17343
2	3.784	2.12245	4.35
EOD
$d100 << EOD
1	4.604	2.6139	5.61035
2	8.31	5.15284	9.67088
EOD
$d101 << EOD
1	2.428	1.22539	2.52564
2	4.548	2.30841	4.91669
EOD
$d102 << EOD
1	4.339	2.19452	4.54422
2	8.009	3.95106	8.89076
EOD
$d103 << EOD
1	3.126	1.79689	3.30517
2	5.476	3.52426	6.16484
EOD
$d104 << EOD
1	3.507	1.86592	3.63387
2	6.455	3.90346	7.03288
EOD
$d105 << EOD
1	0.269	0.180948	0.303791
2	0.533	0.370242	0.546052
EOD
$d106 << EOD
1	0.293	0.278076	0.330994
2	0.574	0.440925	0.60167
EOD
$d107 << EOD
1	1.203	1.06202	1.47681
2	2.141	1.85772	2.38497
EOD
$d108 << EOD
1	3.146	2.80765	3.3986
2	5.955	3.6282	6.25419
EOD
$d109 << EOD
1	1.918	1.72832	2.21669
2	3.929	2.37372	4.17971
EOD
$d110 << EOD
1	2.068	1.80776	2.35346
2	3.712	2.6253	4.30845
EOD
$d111 << EOD
1	2.524	2.34579	3.1345
2	4.567	3.36728	5.22333
EOD
$d112 << EOD
1	2.356	2.12057	2.62431
2	3.212	2.36079	4.92762
EOD
$d113 << EOD
1	3.364	2.93039	3.87158
2	5.646	3.46026	6.65425
EOD
$d114 << EOD
1	3.108	2.87768	3.85083
2	5.449	3.28034	6.20713
EOD
$d115 << EOD
1	3.438	3.19033	4.19956
2	5.991	4.09847	7.11866
EOD
$d116 << EOD
1	0.309	0.282523	0.332011
2	0.541	0.358379	0.592635
EOD
$d117 << EOD
1	0.33	0.302047	0.37396
2	0.6	0.434802	0.653326
EOD
$d118 << EOD
1	1.236	1.09713	1.65315
2	2.194	1.86134	2.35623
EOD
$d119 << EOD
1	3.018	2.82696	3.36688
2	5.759	3.33134	6.37356
EOD
$d120 << EOD
1	1.667	1.59752	2.30998
2	3.23	2.29551	3.7179
EOD
$d121 << EOD
1	2.029	1.90518	2.13607
2	3.858	3.03606	4.09388
EOD
$d122 << EOD
1	4.337	3.91921	4.80356
2	7.833	5.38113	9.45707
EOD
$d123 << EOD
1	2.428	2.20589	2.56124
2	4.141	2.34624	4.82712
EOD
$d124 << EOD
1	3.657	3.42296	3.88303
2	6.811	3.52882	7.28286
EOD
$d125 << EOD
1	2.859	2.7359	3.04606
2	5.09	3.15188	5.77322
EOD
$d126 << EOD
1	2.834	2.58978	3.18939
2	5.376	3.42577	5.71298
EOD
$d127 << EOD
1	0.276	0.243095	0.290782
2	0.488	0.358357	0.559229
EOD
$d128 << EOD
1	0.301	0.275944	0.308812
2	0.542	0.37337	0.575713
EOD
$d129 << EOD
1	1.164	1.00787	1.28622
2	2.187	1.88278	2.32626
EOD
$d130 << EOD
1	2.939	2.72054	3.25077
2	5.488	3.42308	6.02859
EOD
$d131 << EOD
1	1.794	1.57603	1.88712
2	3.306	2.30051	3.69148
EOD
if (!exists("PS")) PS = 1.1  # point size; the SVG terminal draws points larger
set termoption noenhanced
set datafile separator "\t"
set multiplot layout 5,3 title "Point lookups: aggregate throughput against threads (higher is better)" font ",12" margins 0.085,0.985,0.0469,0.9563 spacing 0.1,0.0594
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
set xtics ("1" 1, "2" 2)
set xlabel 'threads'
set xrange [0.7:2.3]
set logscale y 10
set yrange [0.188622:20.3287]
set format y "%g"
set ylabel "Mops/s (log scale)"
set ytics (0.2, 0.5, 1, 2, 5, 10, 20)
plot $d0 using 1:2:3:4 with yerrorlines lc rgb "#000000" pt 7 ps PS lw 1.6 notitle, \
     $d1 using 1:2:3:4 with yerrorlines lc rgb "#0072B2" pt 5 ps PS lw 1.6 notitle, \
     $d2 using 1:2:3:4 with yerrorlines lc rgb "#E69F00" pt 9 ps PS lw 1.6 notitle, \
     $d3 using 1:2:3:4 with yerrorlines lc rgb "#D55E00" pt 13 ps PS lw 1.6 notitle, \
     $d4 using 1:2:3:4 with yerrorlines lc rgb "#009E73" pt 11 ps PS lw 1.6 notitle, \
     $d5 using 1:2:3:4 with yerrorlines lc rgb "#CC79A7" pt 15 ps PS lw 1.6 notitle, \
     $d6 using 1:2:3:4 with yerrorlines lc rgb "#666666" pt 6 ps PS lw 1.6 dt 2 notitle, \
     $d7 using 1:2:3:4 with yerrorlines lc rgb "#56B4E9" pt 3 ps PS lw 1.6 notitle, \
     $d8 using 1:2:3:4 with yerrorlines lc rgb "#56B4E9" pt 12 ps PS lw 1.6 notitle, \
     $d9 using 1:2:3:4 with yerrorlines lc rgb "#E69F00" pt 4 ps PS lw 1.6 notitle, \
     $d10 using 1:2:3:4 with yerrorlines lc rgb "#0072B2" pt 8 ps PS lw 1.6 notitle
unset label 99
unset logscale
unset arrow
set autoscale
set xtics autofreq
set title "uniform_sparse:10M" font ",10"
set xtics ("1" 1, "2" 2)
set xlabel 'threads'
set xrange [0.7:2.3]
set logscale y 10
set yrange [0.151067:25.8218]
set format y "%g"
set ylabel "Mops/s (log scale)"
set ytics (0.2, 0.5, 1, 2, 5, 10, 20)
plot $d11 using 1:2:3:4 with yerrorlines lc rgb "#000000" pt 7 ps PS lw 1.6 notitle, \
     $d12 using 1:2:3:4 with yerrorlines lc rgb "#0072B2" pt 5 ps PS lw 1.6 notitle, \
     $d13 using 1:2:3:4 with yerrorlines lc rgb "#E69F00" pt 9 ps PS lw 1.6 notitle, \
     $d14 using 1:2:3:4 with yerrorlines lc rgb "#D55E00" pt 13 ps PS lw 1.6 notitle, \
     $d15 using 1:2:3:4 with yerrorlines lc rgb "#009E73" pt 11 ps PS lw 1.6 notitle, \
     $d16 using 1:2:3:4 with yerrorlines lc rgb "#CC79A7" pt 15 ps PS lw 1.6 notitle, \
     $d17 using 1:2:3:4 with yerrorlines lc rgb "#666666" pt 6 ps PS lw 1.6 dt 2 notitle, \
     $d18 using 1:2:3:4 with yerrorlines lc rgb "#56B4E9" pt 3 ps PS lw 1.6 notitle, \
     $d19 using 1:2:3:4 with yerrorlines lc rgb "#56B4E9" pt 12 ps PS lw 1.6 notitle, \
     $d20 using 1:2:3:4 with yerrorlines lc rgb "#E69F00" pt 4 ps PS lw 1.6 notitle, \
     $d21 using 1:2:3:4 with yerrorlines lc rgb "#0072B2" pt 8 ps PS lw 1.6 notitle
unset logscale
unset arrow
set autoscale
set xtics autofreq
set title "zipf_gaps:10M" font ",10"
set xtics ("1" 1, "2" 2)
set xlabel 'threads'
set xrange [0.7:2.3]
set logscale y 10
set yrange [0.132487:15.2069]
set format y "%g"
set ylabel "Mops/s (log scale)"
set ytics (0.2, 0.5, 1, 2, 5, 10)
plot $d22 using 1:2:3:4 with yerrorlines lc rgb "#000000" pt 7 ps PS lw 1.6 notitle, \
     $d23 using 1:2:3:4 with yerrorlines lc rgb "#0072B2" pt 5 ps PS lw 1.6 notitle, \
     $d24 using 1:2:3:4 with yerrorlines lc rgb "#E69F00" pt 9 ps PS lw 1.6 notitle, \
     $d25 using 1:2:3:4 with yerrorlines lc rgb "#D55E00" pt 13 ps PS lw 1.6 notitle, \
     $d26 using 1:2:3:4 with yerrorlines lc rgb "#009E73" pt 11 ps PS lw 1.6 notitle, \
     $d27 using 1:2:3:4 with yerrorlines lc rgb "#CC79A7" pt 15 ps PS lw 1.6 notitle, \
     $d28 using 1:2:3:4 with yerrorlines lc rgb "#666666" pt 6 ps PS lw 1.6 dt 2 notitle, \
     $d29 using 1:2:3:4 with yerrorlines lc rgb "#56B4E9" pt 3 ps PS lw 1.6 notitle, \
     $d30 using 1:2:3:4 with yerrorlines lc rgb "#56B4E9" pt 12 ps PS lw 1.6 notitle, \
     $d31 using 1:2:3:4 with yerrorlines lc rgb "#E69F00" pt 4 ps PS lw 1.6 notitle, \
     $d32 using 1:2:3:4 with yerrorlines lc rgb "#0072B2" pt 8 ps PS lw 1.6 notitle
unset logscale
unset arrow
set autoscale
set xtics autofreq
set title "normal:10M" font ",10"
set xtics ("1" 1, "2" 2)
set xlabel 'threads'
set xrange [0.7:2.3]
set logscale y 10
set yrange [0.185017:20.5893]
set format y "%g"
set ylabel "Mops/s (log scale)"
set ytics (0.2, 0.5, 1, 2, 5, 10, 20)
plot $d33 using 1:2:3:4 with yerrorlines lc rgb "#000000" pt 7 ps PS lw 1.6 notitle, \
     $d34 using 1:2:3:4 with yerrorlines lc rgb "#0072B2" pt 5 ps PS lw 1.6 notitle, \
     $d35 using 1:2:3:4 with yerrorlines lc rgb "#E69F00" pt 9 ps PS lw 1.6 notitle, \
     $d36 using 1:2:3:4 with yerrorlines lc rgb "#D55E00" pt 13 ps PS lw 1.6 notitle, \
     $d37 using 1:2:3:4 with yerrorlines lc rgb "#009E73" pt 11 ps PS lw 1.6 notitle, \
     $d38 using 1:2:3:4 with yerrorlines lc rgb "#CC79A7" pt 15 ps PS lw 1.6 notitle, \
     $d39 using 1:2:3:4 with yerrorlines lc rgb "#666666" pt 6 ps PS lw 1.6 dt 2 notitle, \
     $d40 using 1:2:3:4 with yerrorlines lc rgb "#56B4E9" pt 3 ps PS lw 1.6 notitle, \
     $d41 using 1:2:3:4 with yerrorlines lc rgb "#56B4E9" pt 12 ps PS lw 1.6 notitle, \
     $d42 using 1:2:3:4 with yerrorlines lc rgb "#E69F00" pt 4 ps PS lw 1.6 notitle, \
     $d43 using 1:2:3:4 with yerrorlines lc rgb "#0072B2" pt 8 ps PS lw 1.6 notitle
unset logscale
unset arrow
set autoscale
set xtics autofreq
set title "geoip_ipv4" font ",10"
set xtics ("1" 1, "2" 2)
set xlabel 'threads'
set xrange [0.7:2.3]
set logscale y 10
set yrange [0.234163:17.9201]
set format y "%g"
set ylabel "Mops/s (log scale)"
set ytics (0.5, 1, 2, 5, 10)
plot $d44 using 1:2:3:4 with yerrorlines lc rgb "#000000" pt 7 ps PS lw 1.6 notitle, \
     $d45 using 1:2:3:4 with yerrorlines lc rgb "#0072B2" pt 5 ps PS lw 1.6 notitle, \
     $d46 using 1:2:3:4 with yerrorlines lc rgb "#E69F00" pt 9 ps PS lw 1.6 notitle, \
     $d47 using 1:2:3:4 with yerrorlines lc rgb "#D55E00" pt 13 ps PS lw 1.6 notitle, \
     $d48 using 1:2:3:4 with yerrorlines lc rgb "#009E73" pt 11 ps PS lw 1.6 notitle, \
     $d49 using 1:2:3:4 with yerrorlines lc rgb "#CC79A7" pt 15 ps PS lw 1.6 notitle, \
     $d50 using 1:2:3:4 with yerrorlines lc rgb "#666666" pt 6 ps PS lw 1.6 dt 2 notitle, \
     $d51 using 1:2:3:4 with yerrorlines lc rgb "#56B4E9" pt 3 ps PS lw 1.6 notitle, \
     $d52 using 1:2:3:4 with yerrorlines lc rgb "#56B4E9" pt 12 ps PS lw 1.6 notitle, \
     $d53 using 1:2:3:4 with yerrorlines lc rgb "#E69F00" pt 4 ps PS lw 1.6 notitle, \
     $d54 using 1:2:3:4 with yerrorlines lc rgb "#0072B2" pt 8 ps PS lw 1.6 notitle
unset logscale
unset arrow
set autoscale
set xtics autofreq
set title "geoip_ipv6" font ",10"
set xtics ("1" 1, "2" 2)
set xlabel 'threads'
set xrange [0.7:2.3]
set logscale y 10
set yrange [0.261142:20.5472]
set format y "%g"
set ylabel "Mops/s (log scale)"
set ytics (0.5, 1, 2, 5, 10, 20)
plot $d55 using 1:2:3:4 with yerrorlines lc rgb "#000000" pt 7 ps PS lw 1.6 notitle, \
     $d56 using 1:2:3:4 with yerrorlines lc rgb "#0072B2" pt 5 ps PS lw 1.6 notitle, \
     $d57 using 1:2:3:4 with yerrorlines lc rgb "#E69F00" pt 9 ps PS lw 1.6 notitle, \
     $d58 using 1:2:3:4 with yerrorlines lc rgb "#D55E00" pt 13 ps PS lw 1.6 notitle, \
     $d59 using 1:2:3:4 with yerrorlines lc rgb "#009E73" pt 11 ps PS lw 1.6 notitle, \
     $d60 using 1:2:3:4 with yerrorlines lc rgb "#CC79A7" pt 15 ps PS lw 1.6 notitle, \
     $d61 using 1:2:3:4 with yerrorlines lc rgb "#666666" pt 6 ps PS lw 1.6 dt 2 notitle, \
     $d62 using 1:2:3:4 with yerrorlines lc rgb "#56B4E9" pt 3 ps PS lw 1.6 notitle, \
     $d63 using 1:2:3:4 with yerrorlines lc rgb "#56B4E9" pt 12 ps PS lw 1.6 notitle, \
     $d64 using 1:2:3:4 with yerrorlines lc rgb "#E69F00" pt 4 ps PS lw 1.6 notitle, \
     $d65 using 1:2:3:4 with yerrorlines lc rgb "#0072B2" pt 8 ps PS lw 1.6 notitle
unset logscale
unset arrow
set autoscale
set xtics autofreq
set title "cities_s2" font ",10"
set xtics ("1" 1, "2" 2)
set xlabel 'threads'
set xrange [0.7:2.3]
set logscale y 10
set yrange [0.399592:67.9658]
set format y "%g"
set ylabel "Mops/s (log scale)"
set ytics (0.5, 1, 2, 5, 10, 20, 50)
plot $d66 using 1:2:3:4 with yerrorlines lc rgb "#000000" pt 7 ps PS lw 1.6 notitle, \
     $d67 using 1:2:3:4 with yerrorlines lc rgb "#0072B2" pt 5 ps PS lw 1.6 notitle, \
     $d68 using 1:2:3:4 with yerrorlines lc rgb "#E69F00" pt 9 ps PS lw 1.6 notitle, \
     $d69 using 1:2:3:4 with yerrorlines lc rgb "#D55E00" pt 13 ps PS lw 1.6 notitle, \
     $d70 using 1:2:3:4 with yerrorlines lc rgb "#009E73" pt 11 ps PS lw 1.6 notitle, \
     $d71 using 1:2:3:4 with yerrorlines lc rgb "#CC79A7" pt 15 ps PS lw 1.6 notitle, \
     $d72 using 1:2:3:4 with yerrorlines lc rgb "#666666" pt 6 ps PS lw 1.6 dt 2 notitle, \
     $d73 using 1:2:3:4 with yerrorlines lc rgb "#56B4E9" pt 3 ps PS lw 1.6 notitle, \
     $d74 using 1:2:3:4 with yerrorlines lc rgb "#56B4E9" pt 12 ps PS lw 1.6 notitle, \
     $d75 using 1:2:3:4 with yerrorlines lc rgb "#E69F00" pt 4 ps PS lw 1.6 notitle, \
     $d76 using 1:2:3:4 with yerrorlines lc rgb "#0072B2" pt 8 ps PS lw 1.6 notitle
unset logscale
unset arrow
set autoscale
set xtics autofreq
set title "words" font ",10"
set xtics ("1" 1, "2" 2)
set xlabel 'threads'
set xrange [0.7:2.3]
set logscale y 10
set yrange [0.210141:26.1244]
set format y "%g"
set ylabel "Mops/s (log scale)"
set ytics (0.5, 1, 2, 5, 10, 20)
plot $d77 using 1:2:3:4 with yerrorlines lc rgb "#000000" pt 7 ps PS lw 1.6 notitle, \
     $d78 using 1:2:3:4 with yerrorlines lc rgb "#0072B2" pt 5 ps PS lw 1.6 notitle, \
     $d79 using 1:2:3:4 with yerrorlines lc rgb "#E69F00" pt 9 ps PS lw 1.6 notitle, \
     $d80 using 1:2:3:4 with yerrorlines lc rgb "#D55E00" pt 13 ps PS lw 1.6 notitle, \
     $d81 using 1:2:3:4 with yerrorlines lc rgb "#009E73" pt 11 ps PS lw 1.6 notitle, \
     $d82 using 1:2:3:4 with yerrorlines lc rgb "#CC79A7" pt 15 ps PS lw 1.6 notitle, \
     $d83 using 1:2:3:4 with yerrorlines lc rgb "#666666" pt 6 ps PS lw 1.6 dt 2 notitle, \
     $d84 using 1:2:3:4 with yerrorlines lc rgb "#56B4E9" pt 3 ps PS lw 1.6 notitle, \
     $d85 using 1:2:3:4 with yerrorlines lc rgb "#56B4E9" pt 12 ps PS lw 1.6 notitle, \
     $d86 using 1:2:3:4 with yerrorlines lc rgb "#E69F00" pt 4 ps PS lw 1.6 notitle, \
     $d87 using 1:2:3:4 with yerrorlines lc rgb "#0072B2" pt 8 ps PS lw 1.6 notitle
unset logscale
unset arrow
set autoscale
set xtics autofreq
set title "genome_10M" font ",10"
set xtics ("1" 1, "2" 2)
set xlabel 'threads'
set xrange [0.7:2.3]
set logscale y 10
set yrange [0.135722:19.9767]
set format y "%g"
set ylabel "Mops/s (log scale)"
set ytics (0.2, 0.5, 1, 2, 5, 10)
plot $d88 using 1:2:3:4 with yerrorlines lc rgb "#000000" pt 7 ps PS lw 1.6 notitle, \
     $d89 using 1:2:3:4 with yerrorlines lc rgb "#0072B2" pt 5 ps PS lw 1.6 notitle, \
     $d90 using 1:2:3:4 with yerrorlines lc rgb "#E69F00" pt 9 ps PS lw 1.6 notitle, \
     $d91 using 1:2:3:4 with yerrorlines lc rgb "#D55E00" pt 13 ps PS lw 1.6 notitle, \
     $d92 using 1:2:3:4 with yerrorlines lc rgb "#009E73" pt 11 ps PS lw 1.6 notitle, \
     $d93 using 1:2:3:4 with yerrorlines lc rgb "#CC79A7" pt 15 ps PS lw 1.6 notitle, \
     $d94 using 1:2:3:4 with yerrorlines lc rgb "#666666" pt 6 ps PS lw 1.6 dt 2 notitle, \
     $d95 using 1:2:3:4 with yerrorlines lc rgb "#56B4E9" pt 3 ps PS lw 1.6 notitle, \
     $d96 using 1:2:3:4 with yerrorlines lc rgb "#56B4E9" pt 12 ps PS lw 1.6 notitle, \
     $d97 using 1:2:3:4 with yerrorlines lc rgb "#E69F00" pt 4 ps PS lw 1.6 notitle, \
     $d98 using 1:2:3:4 with yerrorlines lc rgb "#0072B2" pt 8 ps PS lw 1.6 notitle
unset logscale
unset arrow
set autoscale
set xtics autofreq
set title "protein_10M" font ",10"
set xtics ("1" 1, "2" 2)
set xlabel 'threads'
set xrange [0.7:2.3]
set logscale y 10
set yrange [0.134036:13.0557]
set format y "%g"
set ylabel "Mops/s (log scale)"
set ytics (0.2, 0.5, 1, 2, 5, 10)
plot $d99 using 1:2:3:4 with yerrorlines lc rgb "#000000" pt 7 ps PS lw 1.6 notitle, \
     $d100 using 1:2:3:4 with yerrorlines lc rgb "#0072B2" pt 5 ps PS lw 1.6 notitle, \
     $d101 using 1:2:3:4 with yerrorlines lc rgb "#E69F00" pt 9 ps PS lw 1.6 notitle, \
     $d102 using 1:2:3:4 with yerrorlines lc rgb "#D55E00" pt 13 ps PS lw 1.6 notitle, \
     $d103 using 1:2:3:4 with yerrorlines lc rgb "#009E73" pt 11 ps PS lw 1.6 notitle, \
     $d104 using 1:2:3:4 with yerrorlines lc rgb "#CC79A7" pt 15 ps PS lw 1.6 notitle, \
     $d105 using 1:2:3:4 with yerrorlines lc rgb "#666666" pt 6 ps PS lw 1.6 dt 2 notitle, \
     $d106 using 1:2:3:4 with yerrorlines lc rgb "#56B4E9" pt 3 ps PS lw 1.6 notitle, \
     $d107 using 1:2:3:4 with yerrorlines lc rgb "#56B4E9" pt 12 ps PS lw 1.6 notitle, \
     $d108 using 1:2:3:4 with yerrorlines lc rgb "#E69F00" pt 4 ps PS lw 1.6 notitle, \
     $d109 using 1:2:3:4 with yerrorlines lc rgb "#0072B2" pt 8 ps PS lw 1.6 notitle
unset logscale
unset arrow
set autoscale
set xtics autofreq
set title "rrna_10M" font ",10"
set xtics ("1" 1, "2" 2)
set xlabel 'threads'
set xrange [0.7:2.3]
set logscale y 10
set yrange [0.209276:9.61019]
set format y "%g"
set ylabel "Mops/s (log scale)"
set ytics (0.5, 1, 2, 5)
plot $d110 using 1:2:3:4 with yerrorlines lc rgb "#000000" pt 7 ps PS lw 1.6 notitle, \
     $d111 using 1:2:3:4 with yerrorlines lc rgb "#0072B2" pt 5 ps PS lw 1.6 notitle, \
     $d112 using 1:2:3:4 with yerrorlines lc rgb "#E69F00" pt 9 ps PS lw 1.6 notitle, \
     $d113 using 1:2:3:4 with yerrorlines lc rgb "#D55E00" pt 13 ps PS lw 1.6 notitle, \
     $d114 using 1:2:3:4 with yerrorlines lc rgb "#009E73" pt 11 ps PS lw 1.6 notitle, \
     $d115 using 1:2:3:4 with yerrorlines lc rgb "#CC79A7" pt 15 ps PS lw 1.6 notitle, \
     $d116 using 1:2:3:4 with yerrorlines lc rgb "#666666" pt 6 ps PS lw 1.6 dt 2 notitle, \
     $d117 using 1:2:3:4 with yerrorlines lc rgb "#56B4E9" pt 3 ps PS lw 1.6 notitle, \
     $d118 using 1:2:3:4 with yerrorlines lc rgb "#56B4E9" pt 12 ps PS lw 1.6 notitle, \
     $d119 using 1:2:3:4 with yerrorlines lc rgb "#E69F00" pt 4 ps PS lw 1.6 notitle, \
     $d120 using 1:2:3:4 with yerrorlines lc rgb "#0072B2" pt 8 ps PS lw 1.6 notitle
unset logscale
unset arrow
set autoscale
set xtics autofreq
set title "borders_s2_10M" font ",10"
set xtics ("1" 1, "2" 2)
set xlabel 'threads'
set xrange [0.7:2.3]
set logscale y 10
set yrange [0.18007:12.767]
set format y "%g"
set ylabel "Mops/s (log scale)"
set ytics (0.2, 0.5, 1, 2, 5, 10)
plot $d121 using 1:2:3:4 with yerrorlines lc rgb "#000000" pt 7 ps PS lw 1.6 notitle, \
     $d122 using 1:2:3:4 with yerrorlines lc rgb "#0072B2" pt 5 ps PS lw 1.6 notitle, \
     $d123 using 1:2:3:4 with yerrorlines lc rgb "#E69F00" pt 9 ps PS lw 1.6 notitle, \
     $d124 using 1:2:3:4 with yerrorlines lc rgb "#D55E00" pt 13 ps PS lw 1.6 notitle, \
     $d125 using 1:2:3:4 with yerrorlines lc rgb "#009E73" pt 11 ps PS lw 1.6 notitle, \
     $d126 using 1:2:3:4 with yerrorlines lc rgb "#CC79A7" pt 15 ps PS lw 1.6 notitle, \
     $d127 using 1:2:3:4 with yerrorlines lc rgb "#666666" pt 6 ps PS lw 1.6 dt 2 notitle, \
     $d128 using 1:2:3:4 with yerrorlines lc rgb "#56B4E9" pt 3 ps PS lw 1.6 notitle, \
     $d129 using 1:2:3:4 with yerrorlines lc rgb "#56B4E9" pt 12 ps PS lw 1.6 notitle, \
     $d130 using 1:2:3:4 with yerrorlines lc rgb "#E69F00" pt 4 ps PS lw 1.6 notitle, \
     $d131 using 1:2:3:4 with yerrorlines lc rgb "#0072B2" pt 8 ps PS lw 1.6 notitle
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
plot NaN with linespoints lc rgb "#000000" pt 7 ps PS lw 1.6 title "binsearch", \
     NaN with linespoints lc rgb "#0072B2" pt 5 ps PS lw 1.6 title "btree", \
     NaN with linespoints lc rgb "#E69F00" pt 9 ps PS lw 1.6 title "linear", \
     NaN with linespoints lc rgb "#D55E00" pt 13 ps PS lw 1.6 title "rmi", \
     NaN with linespoints lc rgb "#009E73" pt 11 ps PS lw 1.6 title "pla", \
     NaN with linespoints lc rgb "#CC79A7" pt 15 ps PS lw 1.6 title "radixspline", \
     NaN with linespoints lc rgb "#666666" pt 6 ps PS lw 1.6 dt 2 title "rocksdb", \
     NaN with linespoints lc rgb "#56B4E9" pt 3 ps PS lw 1.6 title "hotcold", \
     NaN with linespoints lc rgb "#56B4E9" pt 12 ps PS lw 1.6 title "btree_dyn", \
     NaN with linespoints lc rgb "#E69F00" pt 4 ps PS lw 1.6 title "dpgm", \
     NaN with linespoints lc rgb "#0072B2" pt 8 ps PS lw 1.6 title "gapped"
unset multiplot
