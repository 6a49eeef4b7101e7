# Read-write mixes, borders_s2_10M: Mops/s, min-max bars (higher is better)
# (data blocks first; terminal and output are set by the caller)
$d0 << EOD
-0.333333	1.44	0.986702	1.67759
0.666667	1.311	0.915457	1.57474
1.66667	1.242	0.898596	1.39285
2.66667	1.213	0.923679	1.35785
3.66667	0.824	0.62655	0.849961
4.66667	1.405	0.963335	1.49964
5.66667	1.384	1.1342	1.90265
EOD
$d1 << EOD
-0.2	2.577	1.80459	3.8397
0.8	3.124	2.3805	4.37671
1.8	5.218	4.58222	6.44434
2.8	8.743	7.9294	9.26466
3.8	1.033	0.969041	1.39087
4.8	2.94	2.85933	3.96781
5.8	3.495	2.25916	4.24908
EOD
$d2 << EOD
-0.0666667	1.843	1.56006	2.30775
0.933333	1.378	1.12357	1.6364
1.93333	1.026	0.863046	1.21926
2.93333	0.975	0.816458	1.13862
3.93333	0.759	0.630379	0.829774
4.93333	1.444	1.18158	1.64608
5.93333	1.647	1.50271	2.02913
EOD
$d3 << EOD
0.0666667	0.198	0.172804	0.229917
1.06667	0.179	0.16053	0.243316
2.06667	0.211	0.198333	0.256554
3.06667	0.256	0.223732	0.292816
4.06667	0.064	0.0447773	0.0701289
5.06667	0.198	0.173474	0.229373
6.06667	0.221	0.197015	0.261148
EOD
$d4 << EOD
0.2	1.466	1.16713	2.25079
1.2	1.098	0.959966	1.5963
2.2	1.087	0.681158	1.20278
3.2	1.064	0.71336	1.12072
4.2	0.62	0.461744	0.70977
5.2	1.483	0.983215	1.54611
6.2	1.568	1.26583	1.72264
EOD
$d5 << EOD
0.333333	0.99	0.558273	1.00255
1.33333	0.671	0.370619	0.686397
2.33333	0.479	0.262755	0.548192
3.33333	0.452	0.244168	0.494504
4.33333	0.086	0.0581496	0.0919477
6.33333	0.831	0.493077	0.986629
EOD
if (!exists("PS")) PS = 1.1  # point size; the SVG terminal draws points larger
set termoption noenhanced
set datafile separator "\t"
set title "Read-write mixes, borders_s2_10M: Mops/s, min-max bars (higher is better)" font ",12"
set border 3 lc rgb "#333333"
set tics nomirror out
set grid ytics lc rgb "#dddddd" lt 1 lw 0.8
set label 99 "omen 92d80755a507 | AMD EPYC, 2 cores | gcc-compatible 12.2.0 | 2026-12-06T12:12:03Z | seed 1, 5 passes" at screen 0.005, screen 0.012 left font ",8" tc rgb "#444444"
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
set yrange [0.0331683:12.5073]
set format y "%g"
set ylabel "Mops/s (log scale)"
set ytics autofreq
plot $d0 using 1:2:3:4 with yerrorbars lc rgb "#56B4E9" pt 12 ps PS lw 1.2 title "btree_dyn", \
     $d1 using 1:2:3:4 with yerrorbars lc rgb "#E69F00" pt 4 ps PS lw 1.2 title "dpgm", \
     $d2 using 1:2:3:4 with yerrorbars lc rgb "#0072B2" pt 8 ps PS lw 1.2 title "gapped", \
     $d3 using 1:2:3:4 with yerrorbars lc rgb "#666666" pt 6 ps PS lw 1.2 dt 2 title "rocksdb wal=0", \
     $d4 using 1:2:3:4 with yerrorbars lc rgb "#D55E00" pt 2 ps PS lw 1.2 title "peer_alex", \
     $d5 using 1:2:3:4 with yerrorbars lc rgb "#56B4E9" pt 12 ps PS lw 1.2 title "peer_lipp"
