# Point lookups: aggregate throughput against threads (higher is better)
# (data blocks first; terminal and output are set by the caller)
$d0 << EOD
1	2.655	2.40198	2.79025
2	4.614	3.6862	6.0343
EOD
$d1 << EOD
1	4.318	4.16501	4.44068
2	8.631	5.27355	9.15979
EOD
$d2 << EOD
1	4.055	3.59976	4.25229
2	8.08	5.72515	8.65855
EOD
$d3 << EOD
1	8.143	7.72367	8.49093
2	16.192	11.0535	17.1383
EOD
$d4 << EOD
1	5.215	4.62145	5.51935
2	10.311	6.16918	10.8845
EOD
$d5 << EOD
1	6.491	4.93495	6.79501
2	12.926	8.00177	13.2778
EOD
$d6 << EOD
1	0.318	0.230971	0.362311
2	0.636	0.517176	0.695989
EOD
$d7 << EOD
1	0.355	0.306416	0.385075
2	0.729	0.494462	0.75408
EOD
$d8 << EOD
1	2.64	2.21366	2.80192
2	5.263	3.77824	5.60499
EOD
$d9 << EOD
1	4.321	3.88252	4.54104
2	8.538	6.63258	8.95277
EOD
$d10 << EOD
1	4.059	3.20977	4.36457
2	7.998	5.54463	8.8131
EOD
$d11 << EOD
1	8.794	7.73072	9.11103
2	17.11	11.0228	18.5939
EOD
$d12 << EOD
1	5.421	3.44592	5.47454
2	10.413	9.56018	10.7564
EOD
$d13 << EOD
1	7.767	5.03123	8.03832
2	14.209	10.2073	16.0708
EOD
$d14 << EOD
1	0.319	0.265264	0.350103
2	0.565	0.424431	0.659658
EOD
$d15 << EOD
1	0.336	0.2554	0.372502
2	0.648	0.464703	0.770547
EOD
$d16 << EOD
1	2.422	1.70391	2.84673
2	4.589	2.82217	5.67066
EOD
$d17 << EOD
1	4.048	2.38764	4.46478
2	6.829	4.95889	9.32586
EOD
$d18 << EOD
1	3.166	2.58178	3.42694
2	5.306	3.62443	6.9128
EOD
$d19 << EOD
1	6.803	6.47139	7.30479
2	13.67	8.87053	14.8234
EOD
$d20 << EOD
1	4.553	3.72839	4.92432
2	9.559	4.78279	10.0242
EOD
$d21 << EOD
1	5.533	3.32179	6.01388
2	10.066	7.36408	11.9791
EOD
$d22 << EOD
1	0.325	0.243989	0.356094
2	0.661	0.427888	0.733678
EOD
$d23 << EOD
1	0.355	0.237989	0.391461
2	0.674	0.453938	0.764592
EOD
$d24 << EOD
1	2.594	2.5414	2.86434
2	5.094	3.63847	5.7502
EOD
$d25 << EOD
1	4.411	3.78074	4.63149
2	8.193	5.47885	9.10129
EOD
$d26 << EOD
1	3.964	3.71853	4.20567
2	8.222	6.50545	8.54633
EOD
$d27 << EOD
1	8.316	7.96918	8.62494
2	16.784	14.2763	17.6318
EOD
$d28 << EOD
1	5.301	4.73557	5.51555
2	10.469	6.20584	10.8915
EOD
$d29 << EOD
1	7.586	5.96739	8.02242
2	15.178	13.7084	16.0501
EOD
$d30 << EOD
1	0.31	0.285978	0.340116
2	0.634	0.480872	0.733874
EOD
$d31 << EOD
1	0.346	0.299465	0.361751
2	0.67	0.523494	0.737353
EOD
$d32 << EOD
1	3.88	2.29466	4.09637
2	8.229	5.81598	9.15882
EOD
$d33 << EOD
1	5.31	3.32307	5.68463
2	11.065	6.58156	11.4862
EOD
$d34 << EOD
1	4.491	4.11876	4.88156
2	9.426	8.32595	10.0811
EOD
$d35 << EOD
1	6.119	5.58214	6.80193
2	13.588	10.3765	16.0716
EOD
$d36 << EOD
1	5.353	4.9447	5.55187
2	11.276	6.68581	12.0166
EOD
$d37 << EOD
1	6.322	5.30485	7.1093
2	14.523	9.48082	15.4438
EOD
$d38 << EOD
1	0.386	0.337626	0.425224
2	0.742	0.572974	0.87227
EOD
$d39 << EOD
1	0.426	0.398779	0.446459
2	0.856	0.629286	0.908854
EOD
$d40 << EOD
1	6.071	5.32178	6.2415
2	12.426	10.4704	12.8782
EOD
$d41 << EOD
1	6.27	5.16802	7.11093
2	15.049	11.4282	18.0845
EOD
$d42 << EOD
1	6.228	5.14687	7.52178
2	16.251	9.12672	17.7644
EOD
$d43 << EOD
1	7.171	5.50953	8.13142
2	16.476	9.36688	19.5764
EOD
$d44 << EOD
1	8.382	6.81046	10.1717
2	20.159	16.3967	24.1342
EOD
$d45 << EOD
1	7.568	6.47519	12.1689
2	23.084	17.185	26.3563
EOD
$d46 << EOD
1	0.446	0.415175	0.495033
2	0.903	0.61584	1.00641
EOD
$d47 << EOD
1	0.484	0.453432	0.524587
2	0.957	0.71967	1.08746
EOD
$d48 << EOD
1	9.54	8.54594	9.58049
2	19.063	16.274	19.3253
EOD
$d49 << EOD
1	15.836	15.4921	15.9981
2	31.707	30.5257	32.4441
EOD
$d50 << EOD
1	18.464	13.9118	18.681
2	37.668	33.009	38.2245
EOD
$d51 << EOD
1	24.444	24.222	24.552
2	48.757	38.7187	49.6577
EOD
$d52 << EOD
1	23.24	22.9683	23.3753
2	46.106	35.9304	47.243
EOD
$d53 << EOD
1	26.273	25.6767	26.3783
2	52.244	45.6987	52.6997
EOD
$d54 << EOD
1	0.643	0.613444	0.652059
2	1.26	0.997054	1.29524
EOD
$d55 << EOD
1	0.698	0.640391	0.723429
2	1.372	1.1348	1.41444
EOD
$d56 << EOD
1	7.221	7.07188	7.36779
2	14.674	13.9833	14.9213
EOD
$d57 << EOD
1	9.935	6.52806	12.3215
2	23.671	12.2273	26.3257
EOD
$d58 << EOD
1	9.436	5.6231	12.9162
2	25.008	16.1429	27.2622
EOD
$d59 << EOD
1	13.904	8.84646	18.307
2	29.986	19.8306	38.7405
EOD
$d60 << EOD
1	10.044	7.82401	13.1962
2	25.279	21.8069	27.6736
EOD
$d61 << EOD
1	14.713	11.9138	16.2148
2	27.885	17.4803	35.3964
EOD
$d62 << EOD
1	0.514	0.428594	0.558946
2	0.914	0.647047	1.12001
EOD
$d63 << EOD
1	0.544	0.448785	0.622834
2	1.045	0.752256	1.21216
EOD
if (!exists("PS")) PS = 1.1  # point size; the SVG terminal draws points larger
set termoption noenhanced
set datafile separator "\t"
set multiplot layout 3,3 title "Point lookups: aggregate throughput against threads (higher is better)" font ",12" margins 0.085,0.985,0.0750,0.9300 spacing 0.1,0.0950
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
set yrange [0.171089:23.1367]
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
set yrange [0.189185:25.1018]
set format y "%g"
set ylabel "Mops/s (log scale)"
set ytics (0.2, 0.5, 1, 2, 5, 10, 20)
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
set yrange [0.176288:20.0116]
set format y "%g"
set ylabel "Mops/s (log scale)"
set ytics (0.2, 0.5, 1, 2, 5, 10, 20)
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
set yrange [0.211836:23.803]
set format y "%g"
set ylabel "Mops/s (log scale)"
set ytics (0.5, 1, 2, 5, 10, 20)
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
set yrange [0.250094:21.6967]
set format y "%g"
set ylabel "Mops/s (log scale)"
set ytics (0.5, 1, 2, 5, 10, 20)
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
set yrange [0.307537:35.581]
set format y "%g"
set ylabel "Mops/s (log scale)"
set ytics (0.5, 1, 2, 5, 10, 20)
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
set yrange [0.454403:71.1445]
set format y "%g"
set ylabel "Mops/s (log scale)"
set ytics (0.5, 1, 2, 5, 10, 20, 50)
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
set yrange [0.317477:52.2996]
set format y "%g"
set ylabel "Mops/s (log scale)"
set ytics (0.5, 1, 2, 5, 10, 20, 50)
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
