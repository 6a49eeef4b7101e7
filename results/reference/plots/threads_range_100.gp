# Range queries of ~100 keys: aggregate throughput against threads (higher is better)
# (data blocks first; terminal and output are set by the caller)
$d0 << EOD
1	1.153	1.08951	1.26129
2	2.445	1.83042	2.64917
EOD
$d1 << EOD
1	2.57	2.40403	2.69776
2	5.115	4.49934	5.69294
EOD
$d2 << EOD
1	2.2	1.74846	2.36129
2	4.551	3.45266	4.69361
EOD
$d3 << EOD
1	3.38	2.85754	3.53597
2	6.659	4.44657	7.05584
EOD
$d4 << EOD
1	2.614	2.21073	2.75724
2	5.136	3.45416	5.41589
EOD
$d5 << EOD
1	2.797	2.07447	2.89107
2	5.511	3.77537	5.75162
EOD
$d6 << EOD
1	0.055	0.0429461	0.0562876
2	0.104	0.0639141	0.113645
EOD
$d7 << EOD
1	0.059	0.0498491	0.0631725
2	0.122	0.0781462	0.126655
EOD
$d8 << EOD
1	1.15	0.912608	1.27914
2	2.287	1.84408	2.52825
EOD
$d9 << EOD
1	2.601	2.04275	2.81417
2	5.593	3.57952	5.74358
EOD
$d10 << EOD
1	2.198	1.8359	2.34453
2	4.51	2.68783	4.79401
EOD
$d11 << EOD
1	3.538	2.92362	3.76319
2	6.808	4.70403	7.3569
EOD
$d12 << EOD
1	2.708	2.35138	2.78439
2	5.097	3.89696	5.58243
EOD
$d13 << EOD
1	2.907	2.43669	3.10246
2	5.432	4.15218	6.24459
EOD
$d14 << EOD
1	0.054	0.0500634	0.0560291
2	0.112	0.0637403	0.117062
EOD
$d15 << EOD
1	0.058	0.0470679	0.0607777
2	0.117	0.0698503	0.126316
EOD
$d16 << EOD
1	1.123	0.73249	1.23173
2	2.28	1.63195	2.62775
EOD
$d17 << EOD
1	2.388	1.97528	2.72094
2	4.678	3.30688	5.34957
EOD
$d18 << EOD
1	1.779	1.3099	1.9111
2	3.728	2.32963	3.88917
EOD
$d19 << EOD
1	2.892	2.51385	3.06682
2	5.351	4.13147	6.09719
EOD
$d20 << EOD
1	2.119	1.64982	2.36071
2	4.191	2.47293	4.77158
EOD
$d21 << EOD
1	2.453	2.2008	2.62625
2	4.795	3.40901	5.24921
EOD
$d22 << EOD
1	0.056	0.0434595	0.0583035
2	0.112	0.0644008	0.117228
EOD
$d23 << EOD
1	0.061	0.0508946	0.0643942
2	0.121	0.0792382	0.127905
EOD
$d24 << EOD
1	1.166	1.14095	1.25691
2	2.326	1.67288	2.56025
EOD
$d25 << EOD
1	2.605	2.3526	2.75671
2	5.308	4.53373	5.59556
EOD
$d26 << EOD
1	2.248	1.98961	2.42
2	4.553	2.87309	4.87259
EOD
$d27 << EOD
1	3.401	2.97386	3.64048
2	6.903	5.08023	7.13188
EOD
$d28 << EOD
1	2.697	2.3905	2.7226
2	5.067	3.88151	5.51025
EOD
$d29 << EOD
1	2.926	2.46274	2.97982
2	5.67	4.83225	6.09197
EOD
$d30 << EOD
1	0.055	0.0408451	0.0566429
2	0.103	0.0807021	0.115794
EOD
$d31 << EOD
1	0.06	0.0556104	0.061667
2	0.124	0.0692558	0.128551
EOD
$d32 << EOD
1	1.67	1.2448	1.76432
2	3.353	2.42806	3.78328
EOD
$d33 << EOD
1	3.519	2.67228	3.61746
2	6.938	4.92674	7.44532
EOD
$d34 << EOD
1	2.505	2.35267	2.64593
2	5.426	4.18693	5.60637
EOD
$d35 << EOD
1	2.918	2.79485	3.23567
2	6.007	4.61186	6.74669
EOD
$d36 << EOD
1	2.739	1.96839	2.83972
2	5.707	3.56708	5.92197
EOD
$d37 << EOD
1	3.261	2.83371	3.45486
2	6.736	4.72926	7.44368
EOD
$d38 << EOD
1	0.058	0.0548513	0.0598445
2	0.119	0.0821967	0.122244
EOD
$d39 << EOD
1	0.065	0.059813	0.0666241
2	0.132	0.123417	0.132948
EOD
$d40 << EOD
1	2.479	2.07766	2.6405
2	5.391	4.50226	5.92878
EOD
$d41 << EOD
1	4.484	4.14268	4.66606
2	9.645	8.02072	10.5484
EOD
$d42 << EOD
1	3.91	3.56881	4.50617
2	10.638	5.34063	11.0689
EOD
$d43 << EOD
1	4.755	3.44111	5.51001
2	11.554	9.30412	12.6012
EOD
$d44 << EOD
1	4.226	3.20151	6.16501
2	10.809	6.04312	13.3998
EOD
$d45 << EOD
1	4.469	3.71385	5.9862
2	10.115	6.22552	13.845
EOD
$d46 << EOD
1	0.06	0.0533087	0.0622051
2	0.123	0.0984553	0.126846
EOD
$d47 << EOD
1	0.066	0.0562896	0.0678091
2	0.133	0.113782	0.137961
EOD
$d48 << EOD
1	4.27	4.12154	4.30387
2	8.496	7.65955	8.63465
EOD
$d49 << EOD
1	8.231	7.79649	8.28206
2	16.458	15.8054	16.6591
EOD
$d50 << EOD
1	8.86	8.20425	8.92301
2	17.831	14.306	18.2066
EOD
$d51 << EOD
1	10.906	10.7565	10.9308
2	21.3	19.612	21.7253
EOD
$d52 << EOD
1	10.747	9.8841	10.8187
2	21.065	17.7278	21.5248
EOD
$d53 << EOD
1	12.032	11.7245	12.1066
2	23.731	16.4463	23.9794
EOD
$d54 << EOD
1	0.064	0.0564849	0.0654042
2	0.129	0.10774	0.131214
EOD
$d55 << EOD
1	0.071	0.0659692	0.0723853
2	0.143	0.128391	0.145067
EOD
$d56 << EOD
1	3.379	3.02863	3.4962
2	6.823	6.28894	7.12142
EOD
$d57 << EOD
1	5.467	4.3499	5.98283
2	11.774	9.79318	12.4609
EOD
$d58 << EOD
1	6.151	4.65014	6.98816
2	13.687	11.7727	14.3953
EOD
$d59 << EOD
1	8.173	6.83339	8.69346
2	17.426	14.187	18.037
EOD
$d60 << EOD
1	6.626	4.9885	7.19788
2	14.071	10.886	14.8096
EOD
$d61 << EOD
1	7.892	6.6253	8.3146
2	16.338	12.2256	17.1771
EOD
$d62 << EOD
1	0.086	0.066466	0.0902955
2	0.171	0.130764	0.178019
EOD
$d63 << EOD
1	0.093	0.0686733	0.0972442
2	0.192	0.107374	0.199369
EOD
if (!exists("PS")) PS = 1.1  # point size; the SVG terminal draws points larger
set termoption noenhanced
set datafile separator "\t"
set multiplot layout 3,3 title "Range queries of ~100 keys: aggregate throughput against threads (higher is better)" font ",12" margins 0.085,0.985,0.0750,0.9300 spacing 0.1,0.0950
set border 3 lc rgb "#333333"
set tics nomirror out
set grid ytics lc rgb "#dddddd" lt 1 lw 0.8
unset key
set label 99 "omen 346815f09be7 | AMD EPYC, 2 cores | gcc-compatible 12.2.0 | 2026-11-26T00:03:05Z | seed 1, 9 passes" at screen 0.005, screen 0.012 left font ",8" tc rgb "#444444"
unset logscale
unset arrow
set autoscale
set xtics autofreq
set title "lognormal:10M" font ",10"
set xtics ("1" 1, "2" 2)
set xlabel 'threads'
set xrange [0.7:2.3]
set logscale y 10
set yrange [0.0318119:9.52538]
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
     $d7 using 1:2:3:4 with yerrorlines lc rgb "#56B4E9" pt 3 ps PS lw 1.6 notitle
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
set yrange [0.0348651:9.93182]
set format y "%g"
set ylabel "Mops/s (log scale)"
set ytics (0.05, 0.1, 0.2, 0.5, 1, 2, 5)
plot $d8 using 1:2:3:4 with yerrorlines lc rgb "#000000" pt 7 ps PS lw 1.6 notitle, \
     $d9 using 1:2:3:4 with yerrorlines lc rgb "#0072B2" pt 5 ps PS lw 1.6 notitle, \
     $d10 using 1:2:3:4 with yerrorlines lc rgb "#E69F00" pt 9 ps PS lw 1.6 notitle, \
     $d11 using 1:2:3:4 with yerrorlines lc rgb "#D55E00" pt 13 ps PS lw 1.6 notitle, \
     $d12 using 1:2:3:4 with yerrorlines lc rgb "#009E73" pt 11 ps PS lw 1.6 notitle, \
     $d13 using 1:2:3:4 with yerrorlines lc rgb "#CC79A7" pt 15 ps PS lw 1.6 notitle, \
     $d14 using 1:2:3:4 with yerrorlines lc rgb "#666666" pt 6 ps PS lw 1.6 dt 2 notitle, \
     $d15 using 1:2:3:4 with yerrorlines lc rgb "#56B4E9" pt 3 ps PS lw 1.6 notitle
unset logscale
unset arrow
set autoscale
set xtics autofreq
set title "zipf_gaps:10M" font ",10"
set xtics ("1" 1, "2" 2)
set xlabel 'threads'
set xrange [0.7:2.3]
set logscale y 10
set yrange [0.0321923:8.2312]
set format y "%g"
set ylabel "Mops/s (log scale)"
set ytics (0.05, 0.1, 0.2, 0.5, 1, 2, 5)
plot $d16 using 1:2:3:4 with yerrorlines lc rgb "#000000" pt 7 ps PS lw 1.6 notitle, \
     $d17 using 1:2:3:4 with yerrorlines lc rgb "#0072B2" pt 5 ps PS lw 1.6 notitle, \
     $d18 using 1:2:3:4 with yerrorlines lc rgb "#E69F00" pt 9 ps PS lw 1.6 notitle, \
     $d19 using 1:2:3:4 with yerrorlines lc rgb "#D55E00" pt 13 ps PS lw 1.6 notitle, \
     $d20 using 1:2:3:4 with yerrorlines lc rgb "#009E73" pt 11 ps PS lw 1.6 notitle, \
     $d21 using 1:2:3:4 with yerrorlines lc rgb "#CC79A7" pt 15 ps PS lw 1.6 notitle, \
     $d22 using 1:2:3:4 with yerrorlines lc rgb "#666666" pt 6 ps PS lw 1.6 dt 2 notitle, \
     $d23 using 1:2:3:4 with yerrorlines lc rgb "#56B4E9" pt 3 ps PS lw 1.6 notitle
unset logscale
unset arrow
set autoscale
set xtics autofreq
set title "normal:10M" font ",10"
set xtics ("1" 1, "2" 2)
set xlabel 'threads'
set xrange [0.7:2.3]
set logscale y 10
set yrange [0.0302556:9.62804]
set format y "%g"
set ylabel "Mops/s (log scale)"
set ytics autofreq
plot $d24 using 1:2:3:4 with yerrorlines lc rgb "#000000" pt 7 ps PS lw 1.6 notitle, \
     $d25 using 1:2:3:4 with yerrorlines lc rgb "#0072B2" pt 5 ps PS lw 1.6 notitle, \
     $d26 using 1:2:3:4 with yerrorlines lc rgb "#E69F00" pt 9 ps PS lw 1.6 notitle, \
     $d27 using 1:2:3:4 with yerrorlines lc rgb "#D55E00" pt 13 ps PS lw 1.6 notitle, \
     $d28 using 1:2:3:4 with yerrorlines lc rgb "#009E73" pt 11 ps PS lw 1.6 notitle, \
     $d29 using 1:2:3:4 with yerrorlines lc rgb "#CC79A7" pt 15 ps PS lw 1.6 notitle, \
     $d30 using 1:2:3:4 with yerrorlines lc rgb "#666666" pt 6 ps PS lw 1.6 dt 2 notitle, \
     $d31 using 1:2:3:4 with yerrorlines lc rgb "#56B4E9" pt 3 ps PS lw 1.6 notitle
unset logscale
unset arrow
set autoscale
set xtics autofreq
set title "geoip_ipv4" font ",10"
set xtics ("1" 1, "2" 2)
set xlabel 'threads'
set xrange [0.7:2.3]
set logscale y 10
set yrange [0.0406306:10.0512]
set format y "%g"
set ylabel "Mops/s (log scale)"
set ytics (0.05, 0.1, 0.2, 0.5, 1, 2, 5, 10)
plot $d32 using 1:2:3:4 with yerrorlines lc rgb "#000000" pt 7 ps PS lw 1.6 notitle, \
     $d33 using 1:2:3:4 with yerrorlines lc rgb "#0072B2" pt 5 ps PS lw 1.6 notitle, \
     $d34 using 1:2:3:4 with yerrorlines lc rgb "#E69F00" pt 9 ps PS lw 1.6 notitle, \
     $d35 using 1:2:3:4 with yerrorlines lc rgb "#D55E00" pt 13 ps PS lw 1.6 notitle, \
     $d36 using 1:2:3:4 with yerrorlines lc rgb "#009E73" pt 11 ps PS lw 1.6 notitle, \
     $d37 using 1:2:3:4 with yerrorlines lc rgb "#CC79A7" pt 15 ps PS lw 1.6 notitle, \
     $d38 using 1:2:3:4 with yerrorlines lc rgb "#666666" pt 6 ps PS lw 1.6 dt 2 notitle, \
     $d39 using 1:2:3:4 with yerrorlines lc rgb "#56B4E9" pt 3 ps PS lw 1.6 notitle
unset logscale
unset arrow
set autoscale
set xtics autofreq
set title "geoip_ipv6" font ",10"
set xtics ("1" 1, "2" 2)
set xlabel 'threads'
set xrange [0.7:2.3]
set logscale y 10
set yrange [0.039488:18.6908]
set format y "%g"
set ylabel "Mops/s (log scale)"
set ytics autofreq
plot $d40 using 1:2:3:4 with yerrorlines lc rgb "#000000" pt 7 ps PS lw 1.6 notitle, \
     $d41 using 1:2:3:4 with yerrorlines lc rgb "#0072B2" pt 5 ps PS lw 1.6 notitle, \
     $d42 using 1:2:3:4 with yerrorlines lc rgb "#E69F00" pt 9 ps PS lw 1.6 notitle, \
     $d43 using 1:2:3:4 with yerrorlines lc rgb "#D55E00" pt 13 ps PS lw 1.6 notitle, \
     $d44 using 1:2:3:4 with yerrorlines lc rgb "#009E73" pt 11 ps PS lw 1.6 notitle, \
     $d45 using 1:2:3:4 with yerrorlines lc rgb "#CC79A7" pt 15 ps PS lw 1.6 notitle, \
     $d46 using 1:2:3:4 with yerrorlines lc rgb "#666666" pt 6 ps PS lw 1.6 dt 2 notitle, \
     $d47 using 1:2:3:4 with yerrorlines lc rgb "#56B4E9" pt 3 ps PS lw 1.6 notitle
unset logscale
unset arrow
set autoscale
set xtics autofreq
set title "cities_s2" font ",10"
set xtics ("1" 1, "2" 2)
set xlabel 'threads'
set xrange [0.7:2.3]
set logscale y 10
set yrange [0.0418407:32.3722]
set format y "%g"
set ylabel "Mops/s (log scale)"
set ytics autofreq
plot $d48 using 1:2:3:4 with yerrorlines lc rgb "#000000" pt 7 ps PS lw 1.6 notitle, \
     $d49 using 1:2:3:4 with yerrorlines lc rgb "#0072B2" pt 5 ps PS lw 1.6 notitle, \
     $d50 using 1:2:3:4 with yerrorlines lc rgb "#E69F00" pt 9 ps PS lw 1.6 notitle, \
     $d51 using 1:2:3:4 with yerrorlines lc rgb "#D55E00" pt 13 ps PS lw 1.6 notitle, \
     $d52 using 1:2:3:4 with yerrorlines lc rgb "#009E73" pt 11 ps PS lw 1.6 notitle, \
     $d53 using 1:2:3:4 with yerrorlines lc rgb "#CC79A7" pt 15 ps PS lw 1.6 notitle, \
     $d54 using 1:2:3:4 with yerrorlines lc rgb "#666666" pt 6 ps PS lw 1.6 dt 2 notitle, \
     $d55 using 1:2:3:4 with yerrorlines lc rgb "#56B4E9" pt 3 ps PS lw 1.6 notitle
unset logscale
unset arrow
set autoscale
set xtics autofreq
set title "words" font ",10"
set xtics ("1" 1, "2" 2)
set xlabel 'threads'
set xrange [0.7:2.3]
set logscale y 10
set yrange [0.0492341:24.35]
set format y "%g"
set ylabel "Mops/s (log scale)"
set ytics autofreq
plot $d56 using 1:2:3:4 with yerrorlines lc rgb "#000000" pt 7 ps PS lw 1.6 notitle, \
     $d57 using 1:2:3:4 with yerrorlines lc rgb "#0072B2" pt 5 ps PS lw 1.6 notitle, \
     $d58 using 1:2:3:4 with yerrorlines lc rgb "#E69F00" pt 9 ps PS lw 1.6 notitle, \
     $d59 using 1:2:3:4 with yerrorlines lc rgb "#D55E00" pt 13 ps PS lw 1.6 notitle, \
     $d60 using 1:2:3:4 with yerrorlines lc rgb "#009E73" pt 11 ps PS lw 1.6 notitle, \
     $d61 using 1:2:3:4 with yerrorlines lc rgb "#CC79A7" pt 15 ps PS lw 1.6 notitle, \
     $d62 using 1:2:3:4 with yerrorlines lc rgb "#666666" pt 6 ps PS lw 1.6 dt 2 notitle, \
     $d63 using 1:2:3:4 with yerrorlines lc rgb "#56B4E9" pt 3 ps PS lw 1.6 notitle
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
     NaN with linespoints lc rgb "#56B4E9" pt 3 ps PS lw 1.6 title "hotcold"
unset multiplot
