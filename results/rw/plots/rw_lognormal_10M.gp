# Read-write mixes, lognormal:10M: Mops/s, min-max bars (higher is better)
# (data blocks first; terminal and output are set by the caller)
$d0 << EOD
-0.333333	1.505	1.45322	1.62611
0.666667	1.342	1.28405	1.50797
1.66667	1.231	1.15853	1.40272
2.66667	1.229	1.03974	1.41731
3.66667	0.81	0.693184	0.877787
4.66667	1.374	1.25156	1.54491
5.66667	1.832	1.59219	2.0973
EOD
$d1 << EOD
-0.2	3.963	3.02656	4.18659
0.8	3.655	3.56598	3.88437
1.8	3.813	3.68611	3.95552
2.8	4.337	4.11865	4.69122
3.8	1.137	1.06548	1.2104
4.8	3.637	2.79463	3.89681
5.8	3.784	3.48913	3.90938
EOD
$d2 << EOD
-0.0666667	4.02	3.69287	4.47319
0.933333	3.673	2.55107	3.97076
1.93333	3.34	1.92322	3.75909
2.93333	3.284	1.96013	3.46047
3.93333	0.959	0.872554	1.09701
4.93333	3.576	3.43803	4.02144
5.93333	3.517	3.04028	4.05227
EOD
$d3 << EOD
0.0666667	0.173	0.164976	0.203192
1.06667	0.156	0.143218	0.173309
2.06667	0.159	0.123548	0.173991
3.06667	0.181	0.171201	0.18626
4.06667	0.05	0.0472272	0.049746
5.06667	0.148	0.139037	0.156326
6.06667	0.177	0.169119	0.182459
EOD
$d4 << EOD
0.2	6.415	5.97693	7.105
1.2	4.204	3.68214	4.36321
2.2	3.046	2.99151	3.39684
3.2	3.027	2.66033	3.07706
4.2	1.223	1.19428	1.32534
5.2	4.305	4.14207	4.64842
6.2	4.024	3.97695	4.43176
EOD
$d5 << EOD
0.333333	2.169	1.2511	2.51912
1.33333	1.245	1.1405	1.35985
2.33333	0.776	0.7314	0.899404
3.33333	0.752	0.664173	0.842162
4.33333	0.147	0.139148	0.162229
6.33333	1.195	1.0739	1.26963
EOD
if (!exists("PS")) PS = 1.1  # point size; the SVG terminal draws points larger
set termoption noenhanced
set datafile separator "\t"
set title "Read-write mixes, lognormal:10M: Mops/s, min-max bars (higher is better)" font ",12"
set border 3 lc rgb "#333333"
set tics nomirror out
set grid ytics lc rgb "#dddddd" lt 1 lw 0.8
set label 99 "omen 3dfa217514f0 | AMD EPYC, 2 cores | gcc-compatible 12.2.0 | 2026-12-06T06:17:34Z | seed 1, 5 passes" at screen 0.005, screen 0.012 left font ",8" tc rgb "#444444"
set bmargin 6
set key outside right top vertical Left reverse samplen 1.2 spacing 1.15 font ",9"
set xtics ("rw:90" 0, "rw:50" 1, "rw:10" 2, "rw:0" 3, "scan:100" 4, "delete:10" 5, "shift" 6)
set xtics rotate by 30 right
set xrange [-0.6:6.6]
set arrow from 0.5, graph 0 to 0.5, graph 1 nohead lc rgb "#cccccc" lw 0.8
set arrow from 1.5, graph 0 to 1.5, graph 1 nohead lc rgb "#cccccc" lw 0.8
set arrow from 2.5, graph 0 to 2.5, graph 1 nohead lc rgb "#cccccc" lw 0.8
set arrow from 3.5, graph 0 to 3.5, graph 1 nohead lc rgb "#cccccc" lw 0.8
set arrow from 4.5, graph 0 to 4.5, graph 1 nohead lc rgb "#cccccc" lw 0.8
set arrow from 5.5, graph 0 to 5.5, graph 1 nohead lc rgb "#cccccc" lw 0.8
set logscale y 10
set yrange [0.0349831:9.59175]
set format y "%g"
set ylabel "Mops/s (log scale)"
set ytics (0.05, 0.1, 0.2, 0.5, 1, 2, 5)
plot $d0 using 1:2:3:4 with yerrorbars lc rgb "#56B4E9" pt 12 ps PS lw 1.2 title "btree_dyn", \
     $d1 using 1:2:3:4 with yerrorbars lc rgb "#E69F00" pt 4 ps PS lw 1.2 title "dpgm", \
     $d2 using 1:2:3:4 with yerrorbars lc rgb "#0072B2" pt 8 ps PS lw 1.2 title "gapped", \
     $d3 using 1:2:3:4 with yerrorbars lc rgb "#666666" pt 6 ps PS lw 1.2 dt 2 title "rocksdb wal=0", \
     $d4 using 1:2:3:4 with yerrorbars lc rgb "#D55E00" pt 2 ps PS lw 1.2 title "peer_alex", \
     $d5 using 1:2:3:4 with yerrorbars lc rgb "#56B4E9" pt 12 ps PS lw 1.2 title "peer_lipp"
