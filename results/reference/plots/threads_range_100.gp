# Range queries of ~100 keys: aggregate throughput against threads (higher is better)
# (data blocks first; terminal and output are set by the caller)
$d0 << EOD
1	1.033	0.662504	1.08944
2	2.007	1.2906	2.23322
EOD
$d1 << EOD
1	1.879	1.13379	1.94226
2	3.47	2.34952	4.3081
EOD
$d2 << EOD
1	1.917	1.12763	2.07081
2	3.592	2.08377	4.30133
EOD
$d3 << EOD
1	2.607	1.80297	2.71634
2	4.663	3.51427	5.55285
EOD
$d4 << EOD
1	2.192	1.26592	2.46762
2	4.068	2.47241	5.15885
EOD
$d5 << EOD
1	2.196	1.44682	2.39301
2	3.629	2.87697	4.72422
EOD
$d6 << EOD
1	0.059	0.0334384	0.0617186
2	0.073	0.0641252	0.121775
EOD
$d7 << EOD
1	0.066	0.0386842	0.0687115
2	0.083	0.071224	0.135103
EOD
$d8 << EOD
1	0.669	0.5681	0.68321
2	1.246	1.03187	1.47606
EOD
$d9 << EOD
1	1.464	1.19107	1.57125
2	2.687	2.42636	3.15726
EOD
$d10 << EOD
1	1.043	0.839684	1.07466
2	1.997	1.68481	2.24769
EOD
$d11 << EOD
1	1.048	0.668651	1.1053
2	2.001	1.27995	2.31552
EOD
$d12 << EOD
1	1.913	1.20313	2.02038
2	3.571	2.44885	4.33036
EOD
$d13 << EOD
1	1.923	1.22322	2.16689
2	3.802	2.25392	4.58712
EOD
$d14 << EOD
1	2.596	1.81195	2.80924
2	4.631	3.53026	5.90805
EOD
$d15 << EOD
1	2.227	1.34549	2.51726
2	4.396	2.55534	4.76447
EOD
$d16 << EOD
1	2.418	1.74897	2.65048
2	4.269	3.28189	5.36948
EOD
$d17 << EOD
1	0.06	0.033131	0.0606559
2	0.117	0.0651249	0.122897
EOD
$d18 << EOD
1	0.067	0.0361411	0.0679984
2	0.08	0.071395	0.13433
EOD
$d19 << EOD
1	0.697	0.595346	0.72083
2	1.317	1.08574	1.51876
EOD
$d20 << EOD
1	1.537	1.27022	1.64032
2	2.566	2.4248	3.3844
EOD
$d21 << EOD
1	1.053	0.875247	1.12051
2	1.85	1.68413	2.20239
EOD
$d22 << EOD
1	1.04	0.639581	1.13363
2	1.574	1.17619	2.31004
EOD
$d23 << EOD
1	1.956	1.12184	2.08567
2	2.74	2.1554	4.49373
EOD
$d24 << EOD
1	1.801	0.943698	1.96608
2	2.217	1.93813	4.07731
EOD
$d25 << EOD
1	2.309	1.45651	2.50956
2	3.347	2.90684	5.24685
EOD
$d26 << EOD
1	1.906	1.0441	2.06873
2	2.497	1.94181	3.87227
EOD
$d27 << EOD
1	1.877	1.20307	2.10696
2	2.676	2.34019	4.35179
EOD
$d28 << EOD
1	0.061	0.03368	0.0641469
2	0.076	0.0657573	0.123635
EOD
$d29 << EOD
1	0.066	0.0364723	0.0692334
2	0.079	0.0738093	0.130204
EOD
$d30 << EOD
1	0.669	0.636395	0.713108
2	1.308	1.22417	1.36722
EOD
$d31 << EOD
1	1.418	1.2634	1.47525
2	2.543	1.9522	3.11366
EOD
$d32 << EOD
1	0.755	0.710764	0.955657
2	1.395	1.27344	1.89799
EOD
$d33 << EOD
1	1.02	0.931665	1.14044
2	1.894	1.2443	2.29248
EOD
$d34 << EOD
1	1.939	1.64666	2.12713
2	3.542	2.15043	4.02761
EOD
$d35 << EOD
1	1.885	1.78058	2.33996
2	3.675	1.95092	4.16886
EOD
$d36 << EOD
1	2.519	2.43155	2.80023
2	4.782	3.17753	6.14438
EOD
$d37 << EOD
1	2.272	2.12538	2.4867
2	4.141	2.4231	4.79198
EOD
$d38 << EOD
1	2.304	2.17914	2.56219
2	4.146	3.45835	5.17735
EOD
$d39 << EOD
1	0.059	0.0560794	0.0614323
2	0.101	0.0622368	0.119115
EOD
$d40 << EOD
1	0.064	0.0622009	0.0672162
2	0.12	0.0702643	0.130253
EOD
$d41 << EOD
1	0.702	0.650415	0.713718
2	1.287	1.0881	1.56718
EOD
$d42 << EOD
1	1.553	1.43633	1.6698
2	3.05	2.3724	3.29745
EOD
$d43 << EOD
1	1.02	0.98772	1.10371
2	1.927	1.57733	2.15655
EOD
$d44 << EOD
1	1.377	1.22986	1.47376
2	2.552	1.8521	2.86264
EOD
$d45 << EOD
1	2.814	2.54522	3.0521
2	5.293	3.2555	6.27094
EOD
$d46 << EOD
1	2.485	2.24665	2.85828
2	4.476	2.93407	5.63482
EOD
$d47 << EOD
1	2.533	2.41117	2.87996
2	4.691	2.95382	5.58307
EOD
$d48 << EOD
1	2.537	2.19789	2.76172
2	4.655	2.73041	5.62805
EOD
$d49 << EOD
1	2.495	2.2483	2.66313
2	4.491	2.96685	5.52103
EOD
$d50 << EOD
1	0.062	0.0569173	0.0647494
2	0.113	0.0668722	0.128136
EOD
$d51 << EOD
1	0.068	0.0623929	0.0714448
2	0.125	0.0703125	0.133821
EOD
$d52 << EOD
1	0.891	0.84666	0.916473
2	1.642	1.31217	1.91101
EOD
$d53 << EOD
1	1.668	1.44971	1.88272
2	3.152	2.48703	3.51213
EOD
$d54 << EOD
1	0.938	0.802276	1.03208
2	1.816	1.53329	1.95186
EOD
$d55 << EOD
1	1.839	1.43113	2.24058
2	3.316	2.44698	4.09689
EOD
$d56 << EOD
1	3.299	2.57172	3.74826
2	6.262	4.24039	7.51123
EOD
$d57 << EOD
1	3.509	2.52482	4.41603
2	6.253	4.22264	8.29966
EOD
$d58 << EOD
1	2.781	1.80944	3.50292
2	4.896	2.76055	6.09959
EOD
$d59 << EOD
1	3.772	2.29946	4.32918
2	6.483	4.00032	8.30079
EOD
$d60 << EOD
1	2.987	1.72415	3.3025
2	4.769	3.02155	5.79688
EOD
$d61 << EOD
1	0.065	0.0363916	0.0687747
2	0.116	0.0695221	0.131873
EOD
$d62 << EOD
1	0.071	0.0387025	0.075891
2	0.124	0.0773342	0.139442
EOD
$d63 << EOD
1	1.132	1.02742	1.25459
2	2.035	1.63276	2.49065
EOD
$d64 << EOD
1	2.522	2.15914	3.03177
2	4.784	3.74895	5.66454
EOD
$d65 << EOD
1	1.105	1.0393	1.2733
2	2.176	1.84455	2.4401
EOD
$d66 << EOD
1	3.564	3.09039	3.80261
2	6.631	5.44405	7.16042
EOD
$d67 << EOD
1	9.687	7.58795	10.4881
2	17.803	14.3819	20.4137
EOD
$d68 << EOD
1	8.133	7.25443	8.72707
2	14.847	14.3934	17.3322
EOD
$d69 << EOD
1	9.689	6.86289	10.9278
2	18.052	13.1579	21.4049
EOD
$d70 << EOD
1	9.193	7.92906	9.81142
2	16.463	13.5097	18.9238
EOD
$d71 << EOD
1	11.432	7.57833	12.18
2	19.034	14.1078	21.5094
EOD
$d72 << EOD
1	0.071	0.0385714	0.0751288
2	0.126	0.0746885	0.140038
EOD
$d73 << EOD
1	0.077	0.0419995	0.0817257
2	0.138	0.0842046	0.148842
EOD
$d74 << EOD
1	4.61	3.81573	4.93742
2	8.231	7.17895	9.32665
EOD
$d75 << EOD
1	5.296	4.21394	5.60634
2	9.495	7.37537	10.8643
EOD
$d76 << EOD
1	2.109	2.00045	2.23419
2	4.062	3.52592	4.28002
EOD
$d77 << EOD
1	2.428	2.14585	2.74505
2	4.742	3.39909	5.22896
EOD
$d78 << EOD
1	4.612	3.6587	5.00699
2	8.495	6.71327	10.0257
EOD
$d79 << EOD
1	5.316	4.21446	6.27876
2	9.497	8.72775	12.0046
EOD
$d80 << EOD
1	4.282	3.03864	5.33172
2	7.155	3.96691	10.7013
EOD
$d81 << EOD
1	5.073	4.53945	5.92123
2	9.222	7.97026	12.5444
EOD
$d82 << EOD
1	5.353	3.08668	6.21074
2	8.578	4.52197	11.2522
EOD
$d83 << EOD
1	0.09	0.0545446	0.0980005
2	0.156	0.104958	0.179592
EOD
$d84 << EOD
1	0.1	0.0579796	0.103457
2	0.171	0.107139	0.202001
EOD
$d85 << EOD
1	1.606	1.30593	2.10953
2	3.157	2.23823	4.76165
EOD
$d86 << EOD
1	3.404	2.88964	4.13161
2	6.33	5.34646	8.16319
EOD
$d87 << EOD
1	1.359	1.26669	1.64548
2	2.69	2.33618	3.36992
EOD
$d88 << EOD
1	0.997	0.727935	1.16867
2	1.965	1.34335	2.2384
EOD
$d89 << EOD
1	1.923	1.23505	2.11864
2	3.596	2.28035	4.55946
EOD
$d90 << EOD
1	1.912	1.15289	2.0883
2	3.647	2.08872	4.24052
EOD
$d91 << EOD
1	2.459	1.67058	2.76469
2	4.519	3.18298	5.85458
EOD
$d92 << EOD
1	1.969	1.15611	2.19081
2	3.856	2.33575	4.4469
EOD
$d93 << EOD
1	2.057	1.59618	2.37298
2	3.687	3.18844	4.95298
EOD
$d94 << EOD
1	0.06	0.0326908	0.0633377
2	0.114	0.0590963	0.119012
EOD
$d95 << EOD
1	0.065	0.0378124	0.0680082
2	0.126	0.0699993	0.140345
EOD
$d96 << EOD
1	0.697	0.642378	0.746384
2	1.381	1.33732	1.61989
EOD
$d97 << EOD
1	1.399	1.1669	1.56988
2	2.773	2.47345	3.14453
EOD
$d98 << EOD
1	0.905	0.752441	1.11292
2	1.755	1.64369	2.06705
EOD
$d99 << EOD
1	1.022	0.699615	1.11834
2	2.044	1.4952	2.3672
EOD
$d100 << EOD
1	2.043	1.30464	2.16191
2	3.837	2.59123	4.71992
EOD
$d101 << EOD
1	1.827	1.1336	1.97777
2	3.376	2.31939	3.85937
EOD
$d102 << EOD
1	2.144	1.31444	2.2674
2	3.875	2.60796	4.62398
EOD
$d103 << EOD
1	1.541	1.11081	1.57733
2	2.923	2.64005	3.27096
EOD
$d104 << EOD
1	1.823	1.12441	1.91302
2	3.405	2.26711	3.94014
EOD
$d105 << EOD
1	0.059	0.0338848	0.0652398
2	0.112	0.0667479	0.126934
EOD
$d106 << EOD
1	0.064	0.0355996	0.072022
2	0.115	0.0750703	0.131214
EOD
$d107 << EOD
1	0.653	0.587066	0.68215
2	1.267	1.14874	1.45997
EOD
$d108 << EOD
1	1.212	1.03134	1.3362
2	2.38	1.84202	2.61612
EOD
$d109 << EOD
1	0.695	0.602717	0.76751
2	1.347	1.06627	1.47274
EOD
$d110 << EOD
1	0.836	0.593026	0.967821
2	1.679	1.1195	1.80849
EOD
$d111 << EOD
1	1.143	0.870842	1.23858
2	2.108	1.61546	2.57556
EOD
$d112 << EOD
1	1.354	0.904791	1.4613
2	2.338	1.73445	2.83819
EOD
$d113 << EOD
1	1.286	0.917359	1.41001
2	2.089	1.72466	2.85317
EOD
$d114 << EOD
1	1.235	0.879136	1.29619
2	2.124	1.71884	2.63299
EOD
$d115 << EOD
1	1.208	0.870015	1.32533
2	1.943	1.76303	2.56496
EOD
$d116 << EOD
1	0.103	0.0623654	0.104742
2	0.139	0.117177	0.212509
EOD
$d117 << EOD
1	0.112	0.0698529	0.11853
2	0.187	0.130406	0.228123
EOD
$d118 << EOD
1	0.513	0.473197	0.521306
2	0.957	0.851756	1.04518
EOD
$d119 << EOD
1	0.89	0.725014	0.939352
2	1.643	1.38975	1.87747
EOD
$d120 << EOD
1	0.396	0.340269	0.413779
2	0.755	0.670587	0.842767
EOD
$d121 << EOD
1	1.026	0.695512	1.10069
2	2.022	1.33943	2.25462
EOD
$d122 << EOD
1	1.983	1.10951	2.09172
2	3.728	2.0593	4.56052
EOD
$d123 << EOD
1	1.744	0.970407	1.90052
2	3.25	1.75569	3.76305
EOD
$d124 << EOD
1	1.676	1.0711	1.86389
2	3.166	1.96066	3.69416
EOD
$d125 << EOD
1	1.49	1.04863	1.65153
2	2.628	1.84553	3.15305
EOD
$d126 << EOD
1	1.484	0.901721	1.62404
2	2.428	1.79772	3.16271
EOD
$d127 << EOD
1	0.062	0.0363855	0.0651387
2	0.11	0.071206	0.126262
EOD
$d128 << EOD
1	0.068	0.0383134	0.0706245
2	0.111	0.0742302	0.13869
EOD
$d129 << EOD
1	0.645	0.576419	0.684961
2	1.195	1.10995	1.55249
EOD
$d130 << EOD
1	1.186	0.978775	1.32278
2	2.059	1.92691	2.64361
EOD
$d131 << EOD
1	0.671	0.586331	0.770813
2	1.22	1.10382	1.57664
EOD
if (!exists("PS")) PS = 1.1  # point size; the SVG terminal draws points larger
set termoption noenhanced
set datafile separator "\t"
set multiplot layout 5,3 title "Range queries of ~100 keys: aggregate throughput against threads (higher is better)" font ",12" margins 0.085,0.985,0.0469,0.9563 spacing 0.1,0.0594
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
set xtics ("1" 1, "2" 2)
set xlabel 'threads'
set xrange [0.7:2.3]
set logscale y 10
set yrange [0.0247692:7.49635]
set format y "%g"
set ylabel "Mops/s (log scale)"
set ytics autofreq
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
set yrange [0.0245415:7.97587]
set format y "%g"
set ylabel "Mops/s (log scale)"
set ytics autofreq
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
set yrange [0.0249482:7.08325]
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
set yrange [0.0415403:8.29491]
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
set yrange [0.0421609:8.46577]
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
set yrange [0.0269568:11.2061]
set format y "%g"
set ylabel "Mops/s (log scale)"
set ytics autofreq
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
set yrange [0.0285714:29.0377]
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
set yrange [0.0404034:16.9349]
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
set yrange [0.0242154:7.90368]
set format y "%g"
set ylabel "Mops/s (log scale)"
set ytics autofreq
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
set yrange [0.0250998:6.3719]
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
set yrange [0.0461966:3.85178]
set format y "%g"
set ylabel "Mops/s (log scale)"
set ytics (0.05, 0.1, 0.2, 0.5, 1, 2)
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
set yrange [0.0269522:6.15671]
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
