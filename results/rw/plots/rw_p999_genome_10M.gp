# Read-write mixes, genome_10M: p99.9 latency, ns (lower is better)
# (data blocks first; terminal and output are set by the caller)
$d0 << EOD
-0.333333	15259	15259	15259
0.666667	18976	18976	18976
1.66667	22232	22232	22232
2.66667	16062	16062	16062
3.66667	24957	24957	24957
4.66667	19998	19998	19998
5.66667	19096	19096	19096
EOD
$d1 << EOD
-0.2	5070	5070	5070
0.8	5150	5150	5150
1.8	4688	4688	4688
2.8	3958	3958	3958
3.8	19879	19879	19879
4.8	5072	5072	5072
5.8	3728	3728	3728
EOD
$d2 << EOD
-0.0666667	4019	4019	4019
0.933333	10159	10159	10159
1.93333	2315	2315	2315
2.93333	3798	3798	3798
3.93333	24537	24537	24537
4.93333	12683	12683	12683
5.93333	1984	1984	1984
EOD
$d3 << EOD
0.0666667	45437	45437	45437
1.06667	46679	46679	46679
2.06667	36598	36598	36598
3.06667	39115	39115	39115
4.06667	66486	66486	66486
5.06667	41179	41179	41179
6.06667	39005	39005	39005
EOD
$d4 << EOD
0.2	3737	3737	3737
1.2	4310	4310	4310
2.2	6043	6043	6043
3.2	22273	22273	22273
4.2	25730	25730	25730
5.2	3809	3809	3809
6.2	6594	6594	6594
EOD
$d5 << EOD
0.333333	19928	19928	19928
1.33333	26499	26499	26499
2.33333	28694	28694	28694
3.33333	30356	30356	30356
4.33333	45177	45177	45177
6.33333	27293	27293	27293
EOD
if (!exists("PS")) PS = 1.1  # point size; the SVG terminal draws points larger
set termoption noenhanced
set datafile separator "\t"
set title "Read-write mixes, genome_10M: p99.9 latency, ns (lower is better)" font ",12"
set border 3 lc rgb "#333333"
set tics nomirror out
set grid ytics lc rgb "#dddddd" lt 1 lw 0.8
set label 99 "omen d7e9cb76177e | AMD EPYC, 2 cores | gcc-compatible 12.2.0 | 2026-12-06T11:44:52Z | seed 1, 5 passes" at screen 0.005, screen 0.012 left font ",8" tc rgb "#444444"
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
set yrange [1469.63:89756.1]
set format y "%g"
set ylabel "ns (p99.9) (log scale)"
set ytics (2000, 5000, 10000, 20000, 50000)
plot $d0 using 1:2 with points lc rgb "#56B4E9" pt 12 ps PS lw 1.2 title "btree_dyn", \
     $d1 using 1:2 with points lc rgb "#E69F00" pt 4 ps PS lw 1.2 title "dpgm", \
     $d2 using 1:2 with points lc rgb "#0072B2" pt 8 ps PS lw 1.2 title "gapped", \
     $d3 using 1:2 with points lc rgb "#666666" pt 6 ps PS lw 1.2 dt 2 title "rocksdb wal=0", \
     $d4 using 1:2 with points lc rgb "#D55E00" pt 2 ps PS lw 1.2 title "peer_alex", \
     $d5 using 1:2 with points lc rgb "#56B4E9" pt 12 ps PS lw 1.2 title "peer_lipp"
