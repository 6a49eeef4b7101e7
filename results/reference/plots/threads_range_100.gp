# Range queries of ~100 keys: aggregate throughput against threads (higher is better)
# (data blocks first; terminal and output are set by the caller)
$d0 << EOD
1	1.022	0.725278	1.12995
2	1.945	1.36282	2.25627
EOD
$d1 << EOD
1	1.778	1.15522	2.49467
2	3.36	2.24821	4.41406
EOD
$d2 << EOD
1	1.828	1.07651	2.16278
2	3.602	2.17776	4.30654
EOD
$d3 << EOD
1	2.684	1.74001	3.19766
2	4.71	3.10399	5.38718
EOD
$d4 << EOD
1	2.358	1.29285	2.73433
2	4.141	2.44234	4.93744
EOD
$d5 << EOD
1	2.124	1.43642	2.35372
2	3.648	2.86668	4.90823
EOD
$d6 << EOD
1	0.077	0.0460243	0.0843472
2	0.131	0.0863745	0.156446
EOD
$d7 << EOD
1	0.086	0.0509154	0.0917438
2	0.132	0.107235	0.177576
EOD
$d8 << EOD
1	0.643	0.566589	0.767489
2	1.213	1.13041	1.29692
EOD
$d9 << EOD
1	1.471	1.27956	1.71369
2	2.78	2.45931	3.28975
EOD
$d10 << EOD
1	0.952	0.793653	1.06492
2	1.862	1.7057	2.03837
EOD
$d11 << EOD
1	1.054	0.685571	1.1254
2	2.05	1.38233	2.19891
EOD
$d12 << EOD
1	1.911	1.12013	2.03378
2	3.546	2.12154	4.07027
EOD
$d13 << EOD
1	2.031	1.07329	2.35892
2	3.823	2.28368	4.16478
EOD
$d14 << EOD
1	2.585	1.73964	3.06259
2	5.068	3.44634	5.51243
EOD
$d15 << EOD
1	2.231	1.24428	2.65048
2	4.378	2.2916	4.94657
EOD
$d16 << EOD
1	2.367	1.68462	2.8156
2	4.429	3.43535	4.76728
EOD
$d17 << EOD
1	0.077	0.0487897	0.0853865
2	0.144	0.0933505	0.153825
EOD
$d18 << EOD
1	0.085	0.0506009	0.0945431
2	0.15	0.0965492	0.173665
EOD
$d19 << EOD
1	0.65	0.561484	0.808225
2	1.29	1.1039	1.36402
EOD
$d20 << EOD
1	1.566	1.16285	1.83118
2	3.01	2.40281	3.354
EOD
$d21 << EOD
1	0.996	0.840929	1.12674
2	1.976	1.66141	2.05082
EOD
$d22 << EOD
1	1.037	0.695915	1.17297
2	2.071	1.37267	2.1792
EOD
$d23 << EOD
1	1.836	1.11702	2.22281
2	3.476	2.27962	4.03448
EOD
$d24 << EOD
1	1.811	1.04033	2.29144
2	3.265	2.06196	3.73581
EOD
$d25 << EOD
1	2.452	1.52612	2.80359
2	4.483	2.99245	5.15772
EOD
$d26 << EOD
1	1.946	1.0693	2.37577
2	3.823	2.1586	4.22263
EOD
$d27 << EOD
1	1.858	1.49139	2.39924
2	3.739	3.01061	4.08163
EOD
$d28 << EOD
1	0.079	0.0505417	0.0821518
2	0.152	0.104767	0.161883
EOD
$d29 << EOD
1	0.088	0.0573806	0.0942342
2	0.168	0.108212	0.181519
EOD
$d30 << EOD
1	0.63	0.584027	0.665498
2	1.267	1.13791	1.33001
EOD
$d31 << EOD
1	1.276	1.10675	1.45058
2	2.503	2.24701	2.82409
EOD
$d32 << EOD
1	0.729	0.64694	0.834152
2	1.397	1.2662	1.53351
EOD
$d33 << EOD
1	0.994	0.759799	1.09125
2	1.984	1.60951	2.14681
EOD
$d34 << EOD
1	1.943	1.37188	2.22874
2	3.598	2.59869	4.18712
EOD
$d35 << EOD
1	1.934	1.79767	2.23756
2	3.793	2.71903	4.21589
EOD
$d36 << EOD
1	2.502	1.91328	2.83813
2	4.877	3.54476	5.31569
EOD
$d37 << EOD
1	2.266	1.7353	2.48685
2	4.377	3.84169	4.79705
EOD
$d38 << EOD
1	2.291	1.98837	2.56446
2	4.51	3.76127	4.67694
EOD
$d39 << EOD
1	0.08	0.0524187	0.0821109
2	0.15	0.0984378	0.159482
EOD
$d40 << EOD
1	0.088	0.0519156	0.090694
2	0.163	0.104379	0.17583
EOD
$d41 << EOD
1	0.661	0.546498	0.755918
2	1.303	1.08048	1.32656
EOD
$d42 << EOD
1	1.591	1.12124	1.73774
2	2.876	2.31695	3.13548
EOD
$d43 << EOD
1	1.031	0.83674	1.08016
2	1.896	1.67758	2.1095
EOD
$d44 << EOD
1	1.468	0.938858	1.54687
2	2.667	1.77056	2.99551
EOD
$d45 << EOD
1	2.975	1.74398	3.13738
2	5.58	3.57173	6.09736
EOD
$d46 << EOD
1	2.535	1.40054	2.9403
2	4.599	2.51315	5.75611
EOD
$d47 << EOD
1	2.664	1.51417	2.84356
2	4.931	3.02963	5.69434
EOD
$d48 << EOD
1	2.661	1.49312	2.82542
2	4.911	2.59235	5.66698
EOD
$d49 << EOD
1	2.801	1.98915	3.49066
2	5.229	3.58421	5.87018
EOD
$d50 << EOD
1	0.082	0.0499068	0.0919388
2	0.153	0.0927219	0.167135
EOD
$d51 << EOD
1	0.095	0.0543825	0.0984834
2	0.171	0.107457	0.185601
EOD
$d52 << EOD
1	0.869	0.709379	0.998495
2	1.658	1.41688	1.76495
EOD
$d53 << EOD
1	1.757	1.24859	2.0531
2	3.34	2.56465	3.82264
EOD
$d54 << EOD
1	0.935	0.741601	1.06739
2	1.79	1.40207	1.93172
EOD
$d55 << EOD
1	1.937	1.29567	2.50156
2	3.651	2.50915	4.19137
EOD
$d56 << EOD
1	3.5	2.04172	4.2712
2	5.983	3.94095	7.27494
EOD
$d57 << EOD
1	3.661	2.09323	4.80078
2	6.926	3.81607	8.16559
EOD
$d58 << EOD
1	2.773	1.53843	4.61508
2	4.533	2.92914	5.85434
EOD
$d59 << EOD
1	3.317	1.9397	5.4116
2	6.364	4.03083	7.56012
EOD
$d60 << EOD
1	3.893	2.22011	5.26303
2	6.703	4.32706	7.92481
EOD
$d61 << EOD
1	0.085	0.0516054	0.0966261
2	0.158	0.101808	0.173846
EOD
$d62 << EOD
1	0.097	0.0591813	0.107797
2	0.182	0.117108	0.193516
EOD
$d63 << EOD
1	1.148	0.892819	1.69011
2	2.244	1.7279	2.38304
EOD
$d64 << EOD
1	2.819	1.71511	3.48553
2	5.34	3.43493	5.83934
EOD
$d65 << EOD
1	1.146	0.87693	1.37707
2	2.201	1.78612	2.34787
EOD
$d66 << EOD
1	3.542	3.06643	3.74772
2	6.918	6.00545	7.37065
EOD
$d67 << EOD
1	9.73	7.60553	10.3618
2	19.008	12.1653	20.9872
EOD
$d68 << EOD
1	8.36	7.13573	8.68445
2	16.106	13.8438	16.8555
EOD
$d69 << EOD
1	9.926	6.85704	10.4135
2	19.759	12.9318	20.6167
EOD
$d70 << EOD
1	9.07	7.59373	9.45163
2	17.667	15.2774	18.7225
EOD
$d71 << EOD
1	9.049	7.15644	9.55598
2	17.094	14.2374	19.1696
EOD
$d72 << EOD
1	0.093	0.0555732	0.106761
2	0.177	0.10852	0.186569
EOD
$d73 << EOD
1	0.107	0.0606106	0.118268
2	0.169	0.119574	0.210695
EOD
$d74 << EOD
1	4.628	3.65068	4.75923
2	8.573	7.03028	9.5126
EOD
$d75 << EOD
1	5.405	3.86854	5.75107
2	10.127	7.7419	11.3332
EOD
$d76 << EOD
1	2.078	1.82779	2.18286
2	4.033	3.62961	4.31906
EOD
$d77 << EOD
1	2.601	1.70023	2.93942
2	4.685	3.29967	5.65016
EOD
$d78 << EOD
1	4.793	3.03756	5.83912
2	9.308	5.66884	10.4431
EOD
$d79 << EOD
1	5.23	3.31431	6.73003
2	10.206	6.0691	12.2124
EOD
$d80 << EOD
1	3.889	1.85644	5.99852
2	7.987	3.77415	9.77253
EOD
$d81 << EOD
1	5.726	3.25482	6.60703
2	9.834	5.81263	11.8819
EOD
$d82 << EOD
1	5.073	1.80993	7.5894
2	9.528	3.67457	12.803
EOD
$d83 << EOD
1	0.121	0.0715214	0.12542
2	0.221	0.128556	0.237759
EOD
$d84 << EOD
1	0.134	0.0789958	0.140811
2	0.241	0.151797	0.255186
EOD
$d85 << EOD
1	1.422	1.00869	2.27265
2	2.59	1.93705	3.71959
EOD
$d86 << EOD
1	3.36	1.98852	4.18373
2	5.843	4.39914	7.32416
EOD
$d87 << EOD
1	1.246	1.02881	1.56778
2	2.432	1.91756	2.81155
EOD
$d88 << EOD
1	0.972	0.666082	1.14224
2	1.919	1.2358	1.96038
EOD
$d89 << EOD
1	1.854	1.11131	2.28
2	2.612	2.23003	4.09365
EOD
$d90 << EOD
1	1.778	1.02977	2.2836
2	3.089	2.01739	3.96691
EOD
$d91 << EOD
1	2.465	1.6702	2.87342
2	3.946	3.23451	5.24484
EOD
$d92 << EOD
1	2.049	1.17648	2.38645
2	3.243	2.20375	4.12287
EOD
$d93 << EOD
1	2.137	1.60914	2.50691
2	3.403	3.23821	4.51629
EOD
$d94 << EOD
1	0.078	0.0474925	0.0831409
2	0.114	0.0892905	0.15788
EOD
$d95 << EOD
1	0.088	0.0524739	0.0917871
2	0.156	0.104277	0.174449
EOD
$d96 << EOD
1	0.659	0.577821	0.796909
2	1.21	1.07755	1.37959
EOD
$d97 << EOD
1	1.474	1.07309	1.55264
2	2.529	2.04353	3.02495
EOD
$d98 << EOD
1	0.898	0.686882	0.992337
2	1.452	1.29862	1.77287
EOD
$d99 << EOD
1	1.026	0.642589	1.17136
2	1.428	1.34631	2.19241
EOD
$d100 << EOD
1	1.953	1.06714	2.44495
2	2.555	1.95425	4.05284
EOD
$d101 << EOD
1	1.788	0.976845	1.88642
2	3.151	1.93869	3.48297
EOD
$d102 << EOD
1	1.992	1.20021	2.18416
2	3.59	2.2121	4.12922
EOD
$d103 << EOD
1	1.457	1.03969	1.53212
2	2.626	2.01161	2.95228
EOD
$d104 << EOD
1	2.024	1.26264	2.28376
2	3.652	2.82657	4.13421
EOD
$d105 << EOD
1	0.079	0.0474449	0.085996
2	0.144	0.0922317	0.157382
EOD
$d106 << EOD
1	0.089	0.0523317	0.0940801
2	0.165	0.100819	0.178582
EOD
$d107 << EOD
1	0.655	0.562015	0.71923
2	1.225	1.1477	1.35197
EOD
$d108 << EOD
1	1.22	0.87826	1.45998
2	2.234	1.98452	2.58715
EOD
$d109 << EOD
1	0.694	0.547226	0.763165
2	1.34	1.17436	1.43125
EOD
$d110 << EOD
1	0.903	0.540159	0.971769
2	1.593	1.21182	1.88416
EOD
$d111 << EOD
1	1.181	0.759598	1.33686
2	2.135	1.67109	2.3964
EOD
$d112 << EOD
1	1.352	0.860271	1.57472
2	2.501	1.77033	2.8623
EOD
$d113 << EOD
1	1.243	0.832503	1.46118
2	2.292	1.79013	2.73347
EOD
$d114 << EOD
1	1.274	0.833817	1.50052
2	2.301	1.76712	2.68696
EOD
$d115 << EOD
1	1.514	1.03202	1.83282
2	2.865	2.14173	3.31329
EOD
$d116 << EOD
1	0.128	0.0797281	0.143412
2	0.231	0.145059	0.2484
EOD
$d117 << EOD
1	0.14	0.087225	0.156736
2	0.251	0.173438	0.276051
EOD
$d118 << EOD
1	0.503	0.455159	0.554568
2	0.981	0.844343	1.04904
EOD
$d119 << EOD
1	0.823	0.66674	1.0195
2	1.605	1.27807	1.82299
EOD
$d120 << EOD
1	0.387	0.324809	0.444353
2	0.744	0.667393	0.836654
EOD
$d121 << EOD
1	1.029	0.689593	1.21505
2	1.959	1.36673	2.11363
EOD
$d122 << EOD
1	1.951	1.12617	2.29602
2	3.739	2.07412	4.0431
EOD
$d123 << EOD
1	1.711	1.08366	1.9736
2	2.989	1.95072	3.57494
EOD
$d124 << EOD
1	1.595	1.11385	1.84123
2	3.017	2.06655	3.42036
EOD
$d125 << EOD
1	1.395	1.05622	1.63567
2	2.708	1.9203	2.96814
EOD
$d126 << EOD
1	1.608	1.17813	2.30152
2	3.33	2.30621	3.76957
EOD
$d127 << EOD
1	0.085	0.0528372	0.0896298
2	0.162	0.101305	0.170586
EOD
$d128 << EOD
1	0.092	0.0580587	0.0997887
2	0.178	0.109378	0.191889
EOD
$d129 << EOD
1	0.643	0.600795	0.801168
2	1.272	1.11146	1.3887
EOD
$d130 << EOD
1	1.138	1.02852	1.42142
2	2.113	1.62763	2.32486
EOD
$d131 << EOD
1	0.673	0.607706	0.798841
2	1.331	1.20624	1.41975
EOD
if (!exists("PS")) PS = 1.1  # point size; the SVG terminal draws points larger
set termoption noenhanced
set datafile separator "\t"
set multiplot layout 5,3 title "Range queries of ~100 keys: aggregate throughput against threads (higher is better)" font ",12" margins 0.085,0.985,0.0469,0.9563 spacing 0.1,0.0594
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
set xtics ("1" 1, "2" 2)
set xlabel 'threads'
set xrange [0.7:2.3]
set logscale y 10
set yrange [0.034092:7.27269]
set format y "%g"
set ylabel "Mops/s (log scale)"
set ytics (0.05, 0.1, 0.2, 0.5, 1, 2, 5)
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
set yrange [0.0361405:7.44178]
set format y "%g"
set ylabel "Mops/s (log scale)"
set ytics (0.05, 0.1, 0.2, 0.5, 1, 2, 5)
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
set yrange [0.0374383:6.96293]
set format y "%g"
set ylabel "Mops/s (log scale)"
set ytics (0.05, 0.1, 0.2, 0.5, 1, 2, 5)
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
set yrange [0.038456:7.17618]
set format y "%g"
set ylabel "Mops/s (log scale)"
set ytics (0.05, 0.1, 0.2, 0.5, 1, 2, 5)
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
set yrange [0.036968:8.23144]
set format y "%g"
set ylabel "Mops/s (log scale)"
set ytics (0.05, 0.1, 0.2, 0.5, 1, 2, 5)
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
set yrange [0.0382263:11.0235]
set format y "%g"
set ylabel "Mops/s (log scale)"
set ytics (0.05, 0.1, 0.2, 0.5, 1, 2, 5, 10)
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
set yrange [0.0411654:28.3328]
set format y "%g"
set ylabel "Mops/s (log scale)"
set ytics autofreq
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
set yrange [0.0529788:17.2841]
set format y "%g"
set ylabel "Mops/s (log scale)"
set ytics autofreq
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
set yrange [0.0351797:7.08053]
set format y "%g"
set ylabel "Mops/s (log scale)"
set ytics (0.05, 0.1, 0.2, 0.5, 1, 2, 5)
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
set yrange [0.0351443:5.58119]
set format y "%g"
set ylabel "Mops/s (log scale)"
set ytics (0.05, 0.1, 0.2, 0.5, 1, 2, 5)
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
set yrange [0.0590578:4.47294]
set format y "%g"
set ylabel "Mops/s (log scale)"
set ytics (0.1, 0.2, 0.5, 1, 2)
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
set yrange [0.0391387:5.45818]
set format y "%g"
set ylabel "Mops/s (log scale)"
set ytics (0.05, 0.1, 0.2, 0.5, 1, 2, 5)
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
