# Point lookups: aggregate throughput against threads (higher is better)
# (data blocks first; terminal and output are set by the caller)
$d0 << EOD
1	2.297	1.3245	2.49351
2	4.099	2.76197	4.41921
EOD
$d1 << EOD
1	5.439	3.34593	6.15388
2	10.65	6.54473	11.4586
EOD
$d2 << EOD
1	3.785	1.44266	4.04974
2	6.947	2.70869	7.79531
EOD
$d3 << EOD
1	8.341	3.83751	9.14661
2	15.927	7.19199	16.7683
EOD
$d4 << EOD
1	5.308	2.58096	5.65858
2	10.028	4.78905	10.9485
EOD
$d5 << EOD
1	5.926	3.44438	6.67086
2	11.335	6.82685	11.8629
EOD
$d6 << EOD
1	0.279	0.180383	0.336814
2	0.508	0.399429	0.579747
EOD
$d7 << EOD
1	0.311	0.203397	0.362442
2	0.543	0.407458	0.628416
EOD
$d8 << EOD
1	1.229	1.0371	1.69109
2	2.43	2.06915	2.8642
EOD
$d9 << EOD
1	4.123	2.43356	4.54369
2	8.093	5.15067	8.74779
EOD
$d10 << EOD
1	3.865	2.20268	4.48456
2	7.345	4.21869	7.79065
EOD
$d11 << EOD
1	2.336	1.34688	2.79549
2	4.593	2.9173	4.8324
EOD
$d12 << EOD
1	5.539	3.63932	6.64414
2	10.635	7.6115	12.108
EOD
$d13 << EOD
1	3.71	1.83314	4.37715
2	6.874	3.48112	7.64084
EOD
$d14 << EOD
1	10.91	5.76905	12.3155
2	19.401	11.2675	22.1431
EOD
$d15 << EOD
1	5.196	2.9995	5.9415
2	10.303	5.88393	10.6321
EOD
$d16 << EOD
1	8.039	5.08094	9.52912
2	15.621	9.86673	16.5515
EOD
$d17 << EOD
1	0.283	0.194769	0.348419
2	0.52	0.422937	0.598666
EOD
$d18 << EOD
1	0.303	0.219	0.3811
2	0.577	0.456426	0.642946
EOD
$d19 << EOD
1	1.226	1.04314	1.93632
2	2.133	2.07082	2.90413
EOD
$d20 << EOD
1	3.862	2.34927	4.83051
2	7.735	4.64703	8.6154
EOD
$d21 << EOD
1	3.99	3.28235	4.69306
2	6.93	4.31634	8.34508
EOD
$d22 << EOD
1	2.422	1.60837	2.943
2	4.501	3.10516	5.05087
EOD
$d23 << EOD
1	6.096	4.25044	6.87101
2	11.046	8.0739	12.626
EOD
$d24 << EOD
1	3.641	1.99296	4.21982
2	6.422	3.94799	7.4215
EOD
$d25 << EOD
1	6.493	4.06749	7.03637
2	11.938	8.64212	13.2001
EOD
$d26 << EOD
1	4.993	3.13874	5.52763
2	9.593	6.19172	10.0481
EOD
$d27 << EOD
1	5.378	3.27219	6.10762
2	9.921	7.14742	10.7899
EOD
$d28 << EOD
1	0.29	0.21721	0.369896
2	0.509	0.389846	0.610618
EOD
$d29 << EOD
1	0.332	0.278977	0.355485
2	0.586	0.401698	0.650495
EOD
$d30 << EOD
1	1.446	1.02554	1.92878
2	2.447	1.80785	2.8202
EOD
$d31 << EOD
1	3.487	2.87908	4.1272
2	6.64	3.3491	7.18085
EOD
$d32 << EOD
1	2.402	1.97546	3.32624
2	4.218	2.16212	5.01203
EOD
$d33 << EOD
1	2.531	2.18248	2.86375
2	4.707	2.94877	4.97956
EOD
$d34 << EOD
1	6.393	5.70766	6.85355
2	12.21	8.05206	12.8072
EOD
$d35 << EOD
1	4.13	3.83908	4.64626
2	8.007	3.80866	8.47699
EOD
$d36 << EOD
1	9.189	8.88676	10.1668
2	16.871	8.80091	18.0723
EOD
$d37 << EOD
1	5.756	5.32943	6.22429
2	10.765	5.55112	11.8157
EOD
$d38 << EOD
1	8.816	8.27677	9.34657
2	16.829	10.0025	17.8797
EOD
$d39 << EOD
1	0.294	0.254425	0.333172
2	0.544	0.370457	0.583112
EOD
$d40 << EOD
1	0.315	0.268767	0.403328
2	0.575	0.351648	0.626999
EOD
$d41 << EOD
1	1.377	1.0188	1.8949
2	2.325	1.79402	2.63058
EOD
$d42 << EOD
1	4.051	2.6838	4.85482
2	7.333	4.16282	8.16803
EOD
$d43 << EOD
1	4.122	2.61657	4.88021
2	6.757	3.54504	8.06231
EOD
$d44 << EOD
1	3.258	2.69176	4.23429
2	6.567	4.21938	6.85473
EOD
$d45 << EOD
1	7.177	5.38653	8.6422
2	14.19	9.01349	14.799
EOD
$d46 << EOD
1	4.187	2.58264	6.08422
2	8.098	4.11114	9.20117
EOD
$d47 << EOD
1	5.851	3.92412	9.58842
2	11.258	6.17045	12.7891
EOD
$d48 << EOD
1	5.253	3.14628	7.19116
2	10.021	5.46994	11.1872
EOD
$d49 << EOD
1	5.866	4.58404	6.71267
2	11.009	6.43289	12.2562
EOD
$d50 << EOD
1	0.322	0.272942	0.472194
2	0.582	0.410685	0.654945
EOD
$d51 << EOD
1	0.365	0.279972	0.483498
2	0.609	0.443781	0.694695
EOD
$d52 << EOD
1	1.869	1.66885	3.05746
2	3.473	2.41099	4.09116
EOD
$d53 << EOD
1	4.121	3.15795	5.30993
2	8.227	4.84195	9.19689
EOD
$d54 << EOD
1	3.138	2.68791	4.45262
2	5.6	3.06794	6.75284
EOD
$d55 << EOD
1	4.742	3.85126	5.29324
2	9.081	5.85718	10.4
EOD
$d56 << EOD
1	7.708	6.90842	9.09272
2	15.6	8.39311	18.3384
EOD
$d57 << EOD
1	5.78	5.35075	7.57235
2	11.869	4.83888	14.5367
EOD
$d58 << EOD
1	5.599	4.3731	7.46315
2	10.576	4.98942	13.2035
EOD
$d59 << EOD
1	7.068	6.15137	8.26802
2	13.2	5.93557	16.8787
EOD
$d60 << EOD
1	6.306	4.73585	10.5344
2	11.118	5.84619	16.9022
EOD
$d61 << EOD
1	0.389	0.321311	0.442053
2	0.656	0.470152	0.857174
EOD
$d62 << EOD
1	0.452	0.331472	0.524626
2	0.756	0.510605	0.883291
EOD
$d63 << EOD
1	2.732	2.43773	3.5277
2	5.365	4.15236	6.81792
EOD
$d64 << EOD
1	5.925	4.90395	6.78993
2	11.229	7.72418	13.7192
EOD
$d65 << EOD
1	4.311	3.45264	4.7077
2	8.073	5.20714	10.2796
EOD
$d66 << EOD
1	8.005	6.64367	8.38879
2	15.103	13.0557	16.3357
EOD
$d67 << EOD
1	19.259	14.533	19.8366
2	37.533	22.1617	39.509
EOD
$d68 << EOD
1	17.354	15.4325	18.5461
2	34.557	28.0122	36.5943
EOD
$d69 << EOD
1	21.332	16.7361	22.6542
2	42.569	27.9241	44.2023
EOD
$d70 << EOD
1	20.423	17.7858	21.9938
2	40.966	32.7547	43.0571
EOD
$d71 << EOD
1	24.712	18.0436	26.5349
2	48.553	31.2367	51.5051
EOD
$d72 << EOD
1	0.57	0.395485	0.654994
2	0.93	0.682476	1.22203
EOD
$d73 << EOD
1	0.675	0.437549	0.709205
2	1.048	0.716439	1.3042
EOD
$d74 << EOD
1	7.427	6.46718	7.91594
2	14.798	13.1787	15.3364
EOD
$d75 << EOD
1	10.14	8.66716	10.4065
2	19.968	17.2384	20.8077
EOD
$d76 << EOD
1	9.506	7.92849	9.81501
2	17.915	15.5658	19.6318
EOD
$d77 << EOD
1	5.894	5.35772	6.39081
2	11.021	10.0367	12.2663
EOD
$d78 << EOD
1	10.226	9.03378	11.3349
2	19.171	17.3408	22.4597
EOD
$d79 << EOD
1	8.404	6.74998	11.8753
2	15.398	13.2242	19.6862
EOD
$d80 << EOD
1	8.928	7.55097	13.1618
2	16.017	11.5788	27.6019
EOD
$d81 << EOD
1	7.957	7.30336	12.4738
2	15.366	11.3902	25.7262
EOD
$d82 << EOD
1	11.588	6.70021	16.2222
2	19.04	13.8102	32.7816
EOD
$d83 << EOD
1	0.466	0.422856	0.61342
2	0.792	0.578951	1.21628
EOD
$d84 << EOD
1	0.513	0.489819	0.608697
2	0.874	0.614843	1.20657
EOD
$d85 << EOD
1	4.011	3.5914	4.50901
2	7.509	5.84551	9.27072
EOD
$d86 << EOD
1	6.918	6.35921	7.32585
2	13.364	11.0509	14.3632
EOD
$d87 << EOD
1	5.076	4.31293	5.51176
2	9.623	8.27982	11.3189
EOD
$d88 << EOD
1	2.346	2.20595	2.48694
2	4.65	4.20379	4.96479
EOD
$d89 << EOD
1	5.889	5.20505	6.20737
2	10.733	7.34411	12.4457
EOD
$d90 << EOD
1	3.773	3.30861	3.92417
2	6.986	6.52161	7.89666
EOD
$d91 << EOD
1	8.541	8.17313	9.0798
2	16.739	15.6298	18.0785
EOD
$d92 << EOD
1	5.055	4.77556	5.17196
2	9.517	8.64363	10.5529
EOD
$d93 << EOD
1	7.651	6.39753	8.1939
2	14.373	12.2128	16.1099
EOD
$d94 << EOD
1	0.286	0.260662	0.312301
2	0.527	0.470947	0.639836
EOD
$d95 << EOD
1	0.306	0.290437	0.334171
2	0.587	0.552667	0.657444
EOD
$d96 << EOD
1	1.311	1.13979	1.55127
2	2.372	2.03177	3.15299
EOD
$d97 << EOD
1	3.73	3.46339	3.97736
2	7.345	4.95568	7.7053
EOD
$d98 << EOD
1	3.151	2.57167	3.42463
2	5.396	4.83019	6.03478
EOD
$d99 << EOD
1	2.325	1.93922	2.55898
2	4.32	3.87116	4.50734
EOD
$d100 << EOD
1	5.39	4.94085	6.04513
2	10.288	8.91685	11.961
EOD
$d101 << EOD
1	3.332	2.90417	3.46933
2	6.215	5.58486	6.87123
EOD
$d102 << EOD
1	4.818	4.40893	4.96336
2	9.128	8.59332	9.85381
EOD
$d103 << EOD
1	3.849	3.66849	4.17107
2	7.287	6.15673	7.95466
EOD
$d104 << EOD
1	4.018	3.75163	4.26855
2	7.611	7.27114	8.08021
EOD
$d105 << EOD
1	0.287	0.274096	0.309767
2	0.537	0.431204	0.568213
EOD
$d106 << EOD
1	0.305	0.285351	0.326245
2	0.577	0.434358	0.622883
EOD
$d107 << EOD
1	1.226	1.17849	1.50376
2	2.488	2.16336	2.95232
EOD
$d108 << EOD
1	3.489	3.33435	3.72067
2	6.628	6.23778	7.28327
EOD
$d109 << EOD
1	2.236	2.06655	2.5014
2	4.233	4.05502	4.89279
EOD
$d110 << EOD
1	2.23	1.92834	2.31021
2	3.985	3.70892	4.34584
EOD
$d111 << EOD
1	2.652	2.36895	3.35808
2	4.968	4.3274	5.90853
EOD
$d112 << EOD
1	2.479	2.29514	2.89017
2	4.709	4.43733	5.25443
EOD
$d113 << EOD
1	3.647	3.05022	4.11631
2	6.619	6.07551	7.451
EOD
$d114 << EOD
1	3.444	1.76918	3.77396
2	6.605	4.0417	7.08334
EOD
$d115 << EOD
1	3.69	2.19669	4.15673
2	6.562	4.16387	7.90763
EOD
$d116 << EOD
1	0.329	0.308086	0.367853
2	0.585	0.542	0.62596
EOD
$d117 << EOD
1	0.357	0.25597	0.375206
2	0.646	0.479838	0.704082
EOD
$d118 << EOD
1	1.444	0.962682	1.58219
2	2.491	1.6091	3.17666
EOD
$d119 << EOD
1	3.691	2.75987	3.83977
2	7.01	4.13887	7.57283
EOD
$d120 << EOD
1	2.164	1.24171	2.41384
2	3.966	2.43698	4.53918
EOD
$d121 << EOD
1	2.23	1.16861	2.39555
2	4.163	2.23682	4.72039
EOD
$d122 << EOD
1	5.024	2.74567	5.77751
2	9.057	6.05771	11.1607
EOD
$d123 << EOD
1	2.637	1.18507	3.09386
2	4.991	2.53258	6.02207
EOD
$d124 << EOD
1	4.039	1.99051	4.23196
2	7.616	3.82865	8.31439
EOD
$d125 << EOD
1	3.335	1.79901	3.80763
2	6.224	3.88029	7.1753
EOD
$d126 << EOD
1	3.124	1.94979	3.53846
2	5.774	3.87207	6.84458
EOD
$d127 << EOD
1	0.293	0.187585	0.32468
2	0.552	0.394679	0.593895
EOD
$d128 << EOD
1	0.315	0.207499	0.333379
2	0.577	0.410324	0.63336
EOD
$d129 << EOD
1	1.571	1.13214	1.81133
2	2.735	2.1999	3.42808
EOD
$d130 << EOD
1	3.589	1.95925	3.72982
2	6.564	3.64289	7.07744
EOD
$d131 << EOD
1	2.331	1.37403	2.70065
2	4.221	2.72114	4.92061
EOD
if (!exists("PS")) PS = 1.1  # point size; the SVG terminal draws points larger
set termoption noenhanced
set datafile separator "\t"
set multiplot layout 5,3 title "Point lookups: aggregate throughput against threads (higher is better)" font ",12" margins 0.085,0.985,0.0469,0.9563 spacing 0.1,0.0594
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
set xtics ("1" 1, "2" 2)
set xlabel 'threads'
set xrange [0.7:2.3]
set logscale y 10
set yrange [0.133617:22.6372]
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
set yrange [0.144273:29.8932]
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
set yrange [0.160896:17.8202]
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
set yrange [0.188463:24.3976]
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
set yrange [0.202179:19.9786]
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
set yrange [0.238008:24.7569]
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
set yrange [0.292952:69.5319]
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
set yrange [0.313227:44.2552]
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
set yrange [0.193083:24.406]
set format y "%g"
set ylabel "Mops/s (log scale)"
set ytics (0.2, 0.5, 1, 2, 5, 10, 20)
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
set yrange [0.203034:16.1474]
set format y "%g"
set ylabel "Mops/s (log scale)"
set ytics (0.5, 1, 2, 5, 10)
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
set yrange [0.189607:10.6753]
set format y "%g"
set ylabel "Mops/s (log scale)"
set ytics (0.2, 0.5, 1, 2, 5, 10)
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
set yrange [0.138952:15.0669]
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
