# Read-write mixes, genome_10M: p99.9 latency, ns (lower is better)
# (data blocks first; terminal and output are set by the caller)
$d0 << EOD
-0.333333	24197	24197	24197
0.666667	25769	25769	25769
1.66667	26352	26352	26352
2.66667	25009	25009	25009
3.66667	32091	32091	32091
4.66667	28775	28775	28775
5.66667	24718	24718	24718
EOD
$d1 << EOD
-0.2	11724	11724	11724
0.8	11332	11332	11332
1.8	13486	13486	13486
2.8	852946	852946	852946
3.8	27352	27352	27352
4.8	12624	12624	12624
5.8	11083	11083	11083
EOD
$d2 << EOD
-0.0666667	21541	21541	21541
0.933333	23556	23556	23556
1.93333	25410	25410	25410
2.93333	22954	22954	22954
3.93333	37993	37993	37993
4.93333	25639	25639	25639
5.93333	9509	9509	9509
EOD
$d3 << EOD
0.0666667	61158	61158	61158
1.06667	62549	62549	62549
2.06667	72246	72246	72246
3.06667	77328	77328	77328
4.06667	141168	141168	141168
5.06667	63560	63560	63560
6.06667	65856	65856	65856
EOD
$d4 << EOD
0.2	15730	15730	15730
1.2	16061	16061	16061
2.2	23404	23404	23404
3.2	26210	26210	26210
4.2	29827	29827	29827
5.2	22073	22073	22073
6.2	24166	24166	24166
EOD
$d5 << EOD
0.333333	23536	23536	23536
1.33333	29777	29777	29777
2.33333	38874	38874	38874
3.33333	40376	40376	40376
4.33333	56065	56065	56065
6.33333	31419	31419	31419
EOD
if (!exists("PS")) PS = 1.1  # point size; the SVG terminal draws points larger
set termoption noenhanced
set datafile separator "\t"
set title "Read-write mixes, genome_10M: p99.9 latency, ns (lower is better)" font ",12"
set border 3 lc rgb "#333333"
set tics nomirror out
set grid ytics lc rgb "#dddddd" lt 1 lw 0.8
set label 99 "omen ee6521c0f5ad | AMD EPYC, 2 cores | gcc-compatible 12.2.0 | 2026-12-06T03:03:20Z | seed 1, 5 passes" at screen 0.005, screen 0.012 left font ",8" tc rgb "#444444"
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
set yrange [7043.7:1.15148e+06]
set format y "%g"
set ylabel "ns (p99.9) (log scale)"
set ytics (10000, 20000, 50000, 100000, 200000, 500000, 1e+06)
plot $d0 using 1:2 with points lc rgb "#56B4E9" pt 12 ps PS lw 1.2 title "btree_dyn", \
     $d1 using 1:2 with points lc rgb "#E69F00" pt 4 ps PS lw 1.2 title "dpgm", \
     $d2 using 1:2 with points lc rgb "#0072B2" pt 8 ps PS lw 1.2 title "gapped", \
     $d3 using 1:2 with points lc rgb "#666666" pt 6 ps PS lw 1.2 dt 2 title "rocksdb wal=0", \
     $d4 using 1:2 with points lc rgb "#D55E00" pt 2 ps PS lw 1.2 title "peer_alex", \
     $d5 using 1:2 with points lc rgb "#56B4E9" pt 12 ps PS lw 1.2 title "peer_lipp"
