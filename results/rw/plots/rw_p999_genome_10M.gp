# Read-write mixes, genome_10M: p99.9 latency, ns (lower is better)
# (data blocks first; terminal and output are set by the caller)
$d0 << EOD
-0.333333	24668	24668	24668
0.666667	21432	21432	21432
1.66667	26099	26099	26099
2.66667	23665	23665	23665
3.66667	28675	28675	28675
4.66667	23605	23605	23605
5.66667	26029	26029	26029
EOD
$d1 << EOD
-0.2	2245	2245	2245
0.8	5129	5129	5129
1.8	4640	4640	4640
2.8	4098	4098	4098
3.8	9549	9549	9549
4.8	4468	4468	4468
5.8	4009	4009	4009
EOD
$d2 << EOD
-0.0666667	2086	2086	2086
0.933333	2654	2654	2654
1.93333	10299	10299	10299
2.93333	3458	3458	3458
3.93333	26672	26672	26672
4.93333	2273	2273	2273
5.93333	2284	2284	2284
EOD
$d3 << EOD
0.0666667	60574	60574	60574
1.06667	66546	66546	66546
2.06667	58942	58942	58942
3.06667	51518	51518	51518
4.06667	90983	90983	90983
5.06667	50797	50797	50797
6.06667	49163	49163	49163
EOD
$d4 << EOD
0.2	1713	1713	1713
1.2	9046	9046	9046
2.2	21321	21321	21321
3.2	22672	22672	22672
4.2	24927	24927	24927
5.2	5901	5901	5901
6.2	5880	5880	5880
EOD
$d5 << EOD
0.333333	22111	22111	22111
1.33333	30869	30869	30869
2.33333	32702	32702	32702
3.33333	33074	33074	33074
4.33333	53773	53773	53773
6.33333	33814	33814	33814
EOD
if (!exists("PS")) PS = 1.1  # point size; the SVG terminal draws points larger
set termoption noenhanced
set datafile separator "\t"
set title "Read-write mixes, genome_10M: p99.9 latency, ns (lower is better)" font ",12"
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
set yrange [1268.89:122827]
set format y "%g"
set ylabel "ns (p99.9) (log scale)"
set ytics (2000, 5000, 10000, 20000, 50000, 100000)
plot $d0 using 1:2 with points lc rgb "#56B4E9" pt 12 ps PS lw 1.2 title "btree_dyn", \
     $d1 using 1:2 with points lc rgb "#E69F00" pt 4 ps PS lw 1.2 title "dpgm", \
     $d2 using 1:2 with points lc rgb "#0072B2" pt 8 ps PS lw 1.2 title "gapped", \
     $d3 using 1:2 with points lc rgb "#666666" pt 6 ps PS lw 1.2 dt 2 title "rocksdb wal=0", \
     $d4 using 1:2 with points lc rgb "#D55E00" pt 2 ps PS lw 1.2 title "peer_alex", \
     $d5 using 1:2 with points lc rgb "#56B4E9" pt 12 ps PS lw 1.2 title "peer_lipp"
