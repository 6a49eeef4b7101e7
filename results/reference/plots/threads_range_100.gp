# Range queries of ~100 keys: aggregate throughput against threads (higher is better)
# (data blocks first; terminal and output are set by the caller)
$d0 << EOD
1	1	0.948422	1.10701
2	1.891	1.30483	2.09704
EOD
$d1 << EOD
1	1.896	1.72114	1.96824
2	3.482	2.33515	4.05147
EOD
$d2 << EOD
1	1.829	1.75103	2.16078
2	3.664	2.26692	3.84427
EOD
$d3 << EOD
1	2.512	2.40375	2.73106
2	4.937	3.47425	5.09532
EOD
$d4 << EOD
1	2.322	2.24761	2.43259
2	4.182	2.72837	4.71508
EOD
$d5 << EOD
1	2.106	2.00607	2.30322
2	4.053	3.01077	4.46193
EOD
$d6 << EOD
1	0.059	0.0562198	0.0613175
2	0.112	0.0631515	0.117286
EOD
$d7 << EOD
1	0.065	0.0627731	0.0684008
2	0.117	0.0786726	0.125338
EOD
$d8 << EOD
1	0.638	0.614808	0.668117
2	1.235	0.95912	1.336
EOD
$d9 << EOD
1	1.43	1.34125	1.54183
2	2.777	2.49191	2.94476
EOD
$d10 << EOD
1	0.761	0.684274	0.803842
2	1.47	1.26308	1.57742
EOD
$d11 << EOD
1	1.007	0.937387	1.07903
2	1.973	1.48024	2.1226
EOD
$d12 << EOD
1	1.996	1.71305	2.18751
2	3.629	2.57378	3.97803
EOD
$d13 << EOD
1	1.898	1.84668	2.07538
2	3.503	2.3791	4.04403
EOD
$d14 << EOD
1	2.569	2.3543	2.86036
2	4.66	3.7062	5.20757
EOD
$d15 << EOD
1	2.298	2.15252	2.3753
2	4.347	2.27899	4.65801
EOD
$d16 << EOD
1	2.333	2.12606	2.51095
2	4.347	3.63779	4.92117
EOD
$d17 << EOD
1	0.058	0.0332458	0.0605509
2	0.105	0.0643926	0.114622
EOD
$d18 << EOD
1	0.066	0.061112	0.0674556
2	0.12	0.0783279	0.130195
EOD
$d19 << EOD
1	0.647	0.619002	0.690081
2	1.246	1.05598	1.32218
EOD
$d20 << EOD
1	1.47	1.38369	1.52805
2	2.836	2.49618	2.91357
EOD
$d21 << EOD
1	0.717	0.684631	0.782771
2	1.4	1.27242	1.51547
EOD
$d22 << EOD
1	1.033	0.692431	1.09908
2	1.942	1.39004	2.08311
EOD
$d23 << EOD
1	1.888	1.14445	1.94878
2	3.636	2.09502	3.86143
EOD
$d24 << EOD
1	1.772	1.07806	1.94748
2	3.543	1.83861	3.63379
EOD
$d25 << EOD
1	2.315	1.51686	2.55726
2	4.464	2.708	4.78762
EOD
$d26 << EOD
1	1.911	1.08295	2.07338
2	3.718	1.97944	3.87777
EOD
$d27 << EOD
1	1.936	1.25593	2.08135
2	3.524	2.17328	3.83856
EOD
$d28 << EOD
1	0.059	0.0345592	0.0617319
2	0.103	0.0672989	0.116879
EOD
$d29 << EOD
1	0.066	0.0433805	0.0688976
2	0.122	0.0700237	0.127463
EOD
$d30 << EOD
1	0.633	0.544613	0.665736
2	1.246	1.09893	1.33659
EOD
$d31 << EOD
1	1.294	1.21163	1.41771
2	2.515	1.91967	2.6582
EOD
$d32 << EOD
1	0.582	0.541358	0.622187
2	1.154	1.03669	1.20136
EOD
$d33 << EOD
1	1.005	0.910603	1.08525
2	1.956	1.26897	2.03492
EOD
$d34 << EOD
1	1.919	1.79781	2.03298
2	3.539	2.23689	3.77768
EOD
$d35 << EOD
1	1.85	1.79296	2.02655
2	3.677	2.07125	3.83339
EOD
$d36 << EOD
1	2.545	2.33128	2.76706
2	4.803	3.27154	5.3011
EOD
$d37 << EOD
1	2.296	2.21525	2.48773
2	4.27	2.16059	4.65104
EOD
$d38 << EOD
1	2.298	2.1957	2.4644
2	4.453	3.3265	4.85608
EOD
$d39 << EOD
1	0.058	0.0566073	0.0591112
2	0.108	0.0632974	0.114788
EOD
$d40 << EOD
1	0.064	0.062519	0.0680555
2	0.121	0.0714698	0.133105
EOD
$d41 << EOD
1	0.654	0.610238	0.702186
2	1.252	1.05181	1.30495
EOD
$d42 << EOD
1	1.474	1.38925	1.52411
2	2.886	2.42263	2.96333
EOD
$d43 << EOD
1	0.756	0.66644	0.951563
2	1.44	1.16656	1.54003
EOD
$d44 << EOD
1	1.403	1.32464	1.59659
2	2.531	1.92928	2.90528
EOD
$d45 << EOD
1	2.881	2.5413	3.09173
2	5.248	3.17048	5.6899
EOD
$d46 << EOD
1	2.597	2.33526	2.87999
2	4.772	2.82968	5.1131
EOD
$d47 << EOD
1	2.662	2.38173	2.91773
2	4.905	3.21694	5.46939
EOD
$d48 << EOD
1	2.519	2.34757	3.00342
2	4.783	3.11456	5.31357
EOD
$d49 << EOD
1	2.466	2.32339	2.90519
2	4.646	2.84237	5.13523
EOD
$d50 << EOD
1	0.062	0.0591688	0.0640297
2	0.118	0.0667131	0.12123
EOD
$d51 << EOD
1	0.066	0.0649675	0.0691021
2	0.125	0.072734	0.135745
EOD
$d52 << EOD
1	0.83	0.775956	0.942928
2	1.543	1.35907	1.7551
EOD
$d53 << EOD
1	1.656	1.5444	1.84849
2	3.065	2.55503	3.41808
EOD
$d54 << EOD
1	0.736	0.614813	0.825225
2	1.42	1.23417	1.54592
EOD
$d55 << EOD
1	1.914	1.65535	2.30997
2	3.645	2.40111	4.11202
EOD
$d56 << EOD
1	3.512	3.02578	4.15202
2	6.79	4.89391	7.68401
EOD
$d57 << EOD
1	3.744	3.33602	4.69216
2	6.843	4.72112	8.69664
EOD
$d58 << EOD
1	2.83	2.12764	4.10607
2	5.212	4.35694	6.89001
EOD
$d59 << EOD
1	3.621	3.0194	4.65507
2	7.056	6.00979	8.25948
EOD
$d60 << EOD
1	2.816	2.52247	3.60119
2	5.316	3.13546	5.75874
EOD
$d61 << EOD
1	0.064	0.0606223	0.0665004
2	0.119	0.075885	0.125567
EOD
$d62 << EOD
1	0.071	0.0680798	0.0734397
2	0.129	0.0774417	0.137231
EOD
$d63 << EOD
1	1.108	0.998029	1.48508
2	2.102	1.75535	2.15998
EOD
$d64 << EOD
1	2.491	2.15354	3.27753
2	4.403	3.46306	4.76197
EOD
$d65 << EOD
1	0.903	0.829968	1.11502
2	1.719	1.51434	1.84982
EOD
$d66 << EOD
1	3.523	3.44857	3.72342
2	6.956	6.43812	7.48202
EOD
$d67 << EOD
1	9.953	9.64765	10.4627
2	19.238	15.2347	20.1701
EOD
$d68 << EOD
1	8.102	7.95315	8.54123
2	16.112	13.3861	16.4613
EOD
$d69 << EOD
1	10.308	9.76876	10.752
2	19.962	12.6231	21.4826
EOD
$d70 << EOD
1	8.99	8.50465	9.53082
2	17.743	13.3944	18.8652
EOD
$d71 << EOD
1	11.128	10.7886	11.8425
2	20.637	15.1383	23.3322
EOD
$d72 << EOD
1	0.069	0.0660949	0.0721695
2	0.122	0.0814317	0.136698
EOD
$d73 << EOD
1	0.077	0.0731352	0.0809321
2	0.139	0.0832558	0.150423
EOD
$d74 << EOD
1	4.533	4.27538	4.60737
2	8.958	6.411	9.23992
EOD
$d75 << EOD
1	5.176	5.14096	5.51091
2	10.347	7.85409	10.8422
EOD
$d76 << EOD
1	1.911	1.81443	2.00766
2	3.798	3.31463	4.02392
EOD
$d77 << EOD
1	2.415	2.21673	2.90432
2	4.673	2.9315	5.45161
EOD
$d78 << EOD
1	4.305	3.839	5.50719
2	8.47	5.94055	10.4215
EOD
$d79 << EOD
1	5.208	4.46882	6.17643
2	10.276	6.30426	12.0137
EOD
$d80 << EOD
1	4.011	3.16814	5.82961
2	7.744	3.62798	10.1418
EOD
$d81 << EOD
1	5.357	2.89408	6.33727
2	9.818	6.1424	11.7583
EOD
$d82 << EOD
1	4.677	2.16762	6.93071
2	8.256	4.13049	14.0714
EOD
$d83 << EOD
1	0.088	0.0472755	0.0956653
2	0.167	0.093042	0.175126
EOD
$d84 << EOD
1	0.098	0.0528547	0.103904
2	0.182	0.10383	0.191786
EOD
$d85 << EOD
1	1.356	1.02354	1.92614
2	2.45	1.88797	3.90956
EOD
$d86 << EOD
1	3.355	1.94433	4.08459
2	5.901	3.9394	7.23717
EOD
$d87 << EOD
1	0.962	0.714594	1.15805
2	1.78	1.41405	2.11246
EOD
$d88 << EOD
1	1.01	0.647193	1.06624
2	2.015	1.28981	2.09865
EOD
$d89 << EOD
1	1.89	1.16042	2.00398
2	3.767	2.23214	3.98889
EOD
$d90 << EOD
1	1.825	1.00442	1.93911
2	3.533	1.99299	3.72493
EOD
$d91 << EOD
1	2.477	1.56414	2.56167
2	4.542	3.19519	5.06517
EOD
$d92 << EOD
1	2	1.11148	2.08622
2	3.76	2.08843	4.06926
EOD
$d93 << EOD
1	2.154	1.56021	2.42911
2	4.056	3.04707	4.67676
EOD
$d94 << EOD
1	0.059	0.0321062	0.0612402
2	0.111	0.0626293	0.116082
EOD
$d95 << EOD
1	0.064	0.0353473	0.0668529
2	0.123	0.0698034	0.13032
EOD
$d96 << EOD
1	0.641	0.583855	0.697202
2	1.205	1.01517	1.29313
EOD
$d97 << EOD
1	1.329	1.04987	1.40419
2	2.673	1.87602	2.89732
EOD
$d98 << EOD
1	0.658	0.527092	0.745017
2	1.244	1.11809	1.41745
EOD
$d99 << EOD
1	1.024	0.616954	1.11184
2	1.793	1.18838	2.21288
EOD
$d100 << EOD
1	1.889	1.06207	2.02684
2	3.491	2.17674	4.28505
EOD
$d101 << EOD
1	1.723	0.990692	1.79473
2	3.308	1.99699	3.59936
EOD
$d102 << EOD
1	2.055	1.16911	2.21127
2	3.428	2.40161	4.0499
EOD
$d103 << EOD
1	1.313	1.01138	1.43424
2	2.542	1.77041	2.76261
EOD
$d104 << EOD
1	1.619	1.03461	1.90888
2	3.015	2.045	3.42871
EOD
$d105 << EOD
1	0.059	0.0332407	0.0620925
2	0.101	0.0635773	0.114782
EOD
$d106 << EOD
1	0.064	0.0630571	0.0679569
2	0.122	0.0776658	0.127405
EOD
$d107 << EOD
1	0.655	0.612029	0.752479
2	1.25	1.06983	1.32162
EOD
$d108 << EOD
1	1.231	1.12056	1.3427
2	2.33	1.91395	2.47676
EOD
$d109 << EOD
1	0.599	0.563061	0.615909
2	1.136	0.971324	1.2314
EOD
$d110 << EOD
1	0.88	0.799348	0.988616
2	1.621	1.1252	1.75982
EOD
$d111 << EOD
1	1.19	1.05717	1.33191
2	2.118	1.53337	2.32745
EOD
$d112 << EOD
1	1.345	1.26802	1.57396
2	2.318	1.66595	2.83051
EOD
$d113 << EOD
1	1.281	1.18115	1.55061
2	2.261	1.33757	2.53876
EOD
$d114 << EOD
1	1.226	1.08957	1.43345
2	2.173	1.64206	2.40822
EOD
$d115 << EOD
1	1.212	1.12824	1.31138
2	2.293	1.56309	2.46116
EOD
$d116 << EOD
1	0.103	0.0981102	0.106831
2	0.192	0.122117	0.202214
EOD
$d117 << EOD
1	0.115	0.109249	0.122976
2	0.211	0.134292	0.222014
EOD
$d118 << EOD
1	0.493	0.485193	0.520627
2	0.941	0.794357	0.995619
EOD
$d119 << EOD
1	0.88	0.82467	0.994243
2	1.662	1.45327	1.71526
EOD
$d120 << EOD
1	0.306	0.255232	0.317453
2	0.591	0.509911	0.624359
EOD
$d121 << EOD
1	1.037	0.96342	1.07791
2	1.939	1.40705	2.17513
EOD
$d122 << EOD
1	1.889	1.80494	2.0396
2	3.451	2.0461	3.99422
EOD
$d123 << EOD
1	1.675	1.52329	1.85033
2	2.941	1.85443	3.34124
EOD
$d124 << EOD
1	1.623	1.45227	1.76269
2	3.169	1.91962	3.32993
EOD
$d125 << EOD
1	1.343	1.2242	1.4231
2	2.557	1.81782	2.67367
EOD
$d126 << EOD
1	1.388	1.25164	1.60008
2	2.403	1.67807	3.02036
EOD
$d127 << EOD
1	0.063	0.0567951	0.0641113
2	0.118	0.0728403	0.125723
EOD
$d128 << EOD
1	0.068	0.0638104	0.0700583
2	0.127	0.0803697	0.134477
EOD
$d129 << EOD
1	0.637	0.601621	0.686248
2	1.251	1.07898	1.28096
EOD
$d130 << EOD
1	1.247	1.11819	1.34825
2	2.272	1.94108	2.41396
EOD
$d131 << EOD
1	0.57	0.539144	0.611576
2	1.078	1.01125	1.128
EOD
if (!exists("PS")) PS = 1.1  # point size; the SVG terminal draws points larger
set termoption noenhanced
set datafile separator "\t"
set multiplot layout 5,3 title "Range queries of ~100 keys: aggregate throughput against threads (higher is better)" font ",12" margins 0.085,0.985,0.0469,0.9563 spacing 0.1,0.0594
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
set yrange [0.0416443:6.87868]
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
set yrange [0.0246265:7.03022]
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
set yrange [0.0255994:6.46328]
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
set yrange [0.0419313:7.15649]
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
set yrange [0.0438287:7.68137]
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
set yrange [0.0449054:11.7405]
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
set yrange [0.0489592:31.4985]
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
set yrange [0.0350189:18.9964]
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
set yrange [0.0237824:6.83798]
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
set yrange [0.0246227:5.78482]
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
set yrange [0.0726742:3.82119]
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
set yrange [0.0420704:5.39219]
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
