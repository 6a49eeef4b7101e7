# Read-write mixes, genome_10M: p99.9 latency, ns (lower is better)
# (data blocks first; terminal and output are set by the caller)
$d0 << EOD
-0.333333	22051	22051	22051
0.666667	20959	20959	20959
1.66667	23304	23304	23304
2.66667	22823	22823	22823
3.66667	25468	25468	25468
4.66667	20318	20318	20318
5.66667	21561	21561	21561
EOD
$d1 << EOD
-0.2	8267	8267	8267
0.8	11602	11602	11602
1.8	10009	10009	10009
2.8	9518	9518	9518
3.8	24416	24416	24416
4.8	10652	10652	10652
5.8	10390	10390	10390
EOD
$d2 << EOD
-0.0666667	1874	1874	1874
0.933333	11221	11221	11221
1.93333	5060	5060	5060
2.93333	2916	2916	2916
3.93333	24787	24787	24787
4.93333	1983	1983	1983
5.93333	2053	2053	2053
EOD
$d3 << EOD
0.0666667	53582	53582	53582
1.06667	52870	52870	52870
2.06667	48782	48782	48782
3.06667	46038	46038	46038
4.06667	86132	86132	86132
5.06667	43884	43884	43884
6.06667	42629	42629	42629
EOD
$d4 << EOD
0.2	1494	1494	1494
1.2	8486	8486	8486
2.2	11964	11964	11964
3.2	17705	17705	17705
4.2	25347	25347	25347
5.2	1533	1533	1533
6.2	6101	6101	6101
EOD
$d5 << EOD
0.333333	14598	14598	14598
1.33333	26530	26530	26530
2.33333	27964	27964	27964
3.33333	28836	28836	28836
4.33333	36188	36188	36188
6.33333	26951	26951	26951
EOD
if (!exists("PS")) PS = 1.1  # point size; the SVG terminal draws points larger
set termoption noenhanced
set datafile separator "\t"
set title "Read-write mixes, genome_10M: p99.9 latency, ns (lower is better)" font ",12"
set border 3 lc rgb "#333333"
set tics nomirror out
set grid ytics lc rgb "#dddddd" lt 1 lw 0.8
set label 99 "omen 28520abf2478 | AMD EPYC, 2 cores | gcc-compatible 12.2.0 | 2026-12-06T09:13:27Z | seed 1, 5 passes" at screen 0.005, screen 0.012 left font ",8" tc rgb "#444444"
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
set yrange [1106.67:116278]
set format y "%g"
set ylabel "ns (p99.9) (log scale)"
set ytics (2000, 5000, 10000, 20000, 50000, 100000)
plot $d0 using 1:2 with points lc rgb "#56B4E9" pt 12 ps PS lw 1.2 title "btree_dyn", \
     $d1 using 1:2 with points lc rgb "#E69F00" pt 4 ps PS lw 1.2 title "dpgm", \
     $d2 using 1:2 with points lc rgb "#0072B2" pt 8 ps PS lw 1.2 title "gapped", \
     $d3 using 1:2 with points lc rgb "#666666" pt 6 ps PS lw 1.2 dt 2 title "rocksdb wal=0", \
     $d4 using 1:2 with points lc rgb "#D55E00" pt 2 ps PS lw 1.2 title "peer_alex", \
     $d5 using 1:2 with points lc rgb "#56B4E9" pt 12 ps PS lw 1.2 title "peer_lipp"
