# Speedup over binary search, point lookups, 1 thread (higher is better)
# (data blocks first; terminal and output are set by the caller)
$d0 << EOD
-0.342857	1.62622	1.5686	1.67243
0.657143	1.63648	1.47041	1.71981
1.65714	1.67138	0.985833	1.84347
2.65714	1.70053	1.45755	1.78554
3.65714	1.3687	0.85655	1.46526
4.65714	1.03279	0.851272	1.17131
5.65714	1.65993	1.62388	1.67693
6.65714	1.37584	0.904034	1.70634
EOD
$d1 << EOD
-0.228571	1.52715	1.3557	1.60145
0.771429	1.5372	1.21558	1.65292
1.77143	1.30725	1.06603	1.41499
2.77143	1.52819	1.43355	1.62136
3.77143	1.15747	1.06154	1.25813
4.77143	1.02592	0.847829	1.23904
5.77143	1.93547	1.45829	1.95821
6.77143	1.30675	0.778717	1.78871
EOD
$d2 << EOD
-0.114286	3.06691	2.90898	3.19796
0.885714	3.33036	2.92768	3.45042
1.88571	2.80923	2.6723	3.01644
2.88571	3.20628	3.07256	3.3254
3.88571	1.57715	1.43878	1.75318
4.88571	1.18132	0.907617	1.33954
5.88571	2.56228	2.53901	2.57361
6.88571	1.92542	1.22505	2.53515
EOD
$d3 << EOD
0	1.96419	1.74063	2.07882
1	2.05322	1.30515	2.07349
2	1.87986	1.53939	2.03317
3	2.04371	1.82572	2.12642
4	1.37973	1.2745	1.43099
5	1.38068	1.12182	1.67548
6	2.4361	2.40762	2.45028
7	1.39093	1.0835	1.82747
EOD
$d4 << EOD
0.114286	2.44452	1.85851	2.55901
1.11429	2.94139	1.90535	3.04414
2.11429	2.2845	1.37152	2.48305
3.11429	2.92471	2.30067	3.09297
4.11429	1.62945	1.36728	1.83237
5.11429	1.24668	1.06666	2.0046
6.11429	2.75401	2.6915	2.76505
7.11429	2.03746	1.64983	2.24543
EOD
$d5 << EOD
0.228571	0.119666	0.0869159	0.13634
1.22857	0.120747	0.100407	0.13252
2.22857	0.133998	0.100597	0.146818
3.22857	0.119499	0.110239	0.131108
4.22857	0.0994088	0.0869508	0.10951
5.22857	0.0734827	0.068404	0.0815613
6.22857	0.0674256	0.0643263	0.0683755
7.22857	0.0711426	0.0593216	0.0773636
EOD
$d6 << EOD
0.342857	0.133875	0.115554	0.145217
1.34286	0.12729	0.0967555	0.141118
2.34286	0.146767	0.0983918	0.161841
3.34286	0.133399	0.115458	0.139472
4.34286	0.109709	0.102699	0.114978
5.34286	0.0798098	0.0747692	0.0865024
6.34286	0.0731607	0.0671225	0.0758261
7.34286	0.0753478	0.0621598	0.0862669
EOD
if (!exists("PS")) PS = 1.1  # point size; the SVG terminal draws points larger
set termoption noenhanced
set datafile separator "\t"
set title "Speedup over binary search, point lookups, 1 thread (higher is better)" font ",12"
set border 3 lc rgb "#333333"
set tics nomirror out
set grid ytics lc rgb "#dddddd" lt 1 lw 0.8
set label 99 "omen 346815f09be7 | AMD EPYC, 2 cores | gcc-compatible 12.2.0 | 2026-11-26T00:03:05Z | seed 1, 9 passes" at screen 0.005, screen 0.012 left font ",8" tc rgb "#444444"
set bmargin 8
set key outside right top vertical Left reverse samplen 1.2 spacing 1.15 font ",9"
set xtics ("lognormal:10M" 0, "uniform_sparse:10M" 1, "zipf_gaps:10M" 2, "normal:10M" 3, "geoip_ipv4" 4, "geoip_ipv6" 5, "cities_s2" 6, "words" 7)
set xtics rotate by 30 right
set xrange [-0.6:7.6]
set arrow from 0.5, graph 0 to 0.5, graph 1 nohead lc rgb "#cccccc" lw 0.8
set arrow from 1.5, graph 0 to 1.5, graph 1 nohead lc rgb "#cccccc" lw 0.8
set arrow from 2.5, graph 0 to 2.5, graph 1 nohead lc rgb "#cccccc" lw 0.8
set arrow from 3.5, graph 0 to 3.5, graph 1 nohead lc rgb "#cccccc" lw 0.8
set arrow from 4.5, graph 0 to 4.5, graph 1 nohead lc rgb "#cccccc" lw 0.8
set arrow from 5.5, graph 0 to 5.5, graph 1 nohead lc rgb "#cccccc" lw 0.8
set arrow from 6.5, graph 0 to 6.5, graph 1 nohead lc rgb "#cccccc" lw 0.8
set logscale y 10
set yrange [0.0439419:4.65806]
set format y "%g"
set ylabel "speedup over binary search (x) (log scale)"
set ytics (0.05, 0.1, 0.2, 0.5, 1, 2)
plot $d0 using 1:2:3:4 with yerrorbars lc rgb "#0072B2" pt 5 ps PS lw 1.2 title "btree", \
     $d1 using 1:2:3:4 with yerrorbars lc rgb "#E69F00" pt 9 ps PS lw 1.2 title "linear", \
     $d2 using 1:2:3:4 with yerrorbars lc rgb "#D55E00" pt 13 ps PS lw 1.2 title "rmi", \
     $d3 using 1:2:3:4 with yerrorbars lc rgb "#009E73" pt 11 ps PS lw 1.2 title "pla", \
     $d4 using 1:2:3:4 with yerrorbars lc rgb "#CC79A7" pt 15 ps PS lw 1.2 title "radixspline", \
     $d5 using 1:2:3:4 with yerrorbars lc rgb "#666666" pt 6 ps PS lw 1.2 dt 2 title "rocksdb", \
     $d6 using 1:2:3:4 with yerrorbars lc rgb "#56B4E9" pt 3 ps PS lw 1.2 title "hotcold", \
     1 with lines dt 3 lw 1.5 lc rgb "#000000" title "binary search = 1"
