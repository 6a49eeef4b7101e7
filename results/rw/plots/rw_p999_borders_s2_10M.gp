# Read-write mixes, borders_s2_10M: p99.9 latency, ns (lower is better)
# (data blocks first; terminal and output are set by the caller)
$d0 << EOD
-0.333333	21743	21743	21743
0.666667	24778	24778	24778
1.66667	22454	22454	22454
2.66667	17504	17504	17504
3.66667	27162	27162	27162
4.66667	23094	23094	23094
5.66667	21911	21911	21911
EOD
$d1 << EOD
-0.2	4638	4638	4638
0.8	5111	5111	5111
1.8	4588	4588	4588
2.8	3919	3919	3919
3.8	26190	26190	26190
4.8	4569	4569	4569
5.8	4049	4049	4049
EOD
$d2 << EOD
-0.0666667	4488	4488	4488
0.933333	23906	23906	23906
1.93333	26291	26291	26291
2.93333	25048	25048	25048
3.93333	26661	26661	26661
4.93333	15530	15530	15530
5.93333	25710	25710	25710
EOD
$d3 << EOD
0.0666667	44405	44405	44405
1.06667	48082	48082	48082
2.06667	43322	43322	43322
3.06667	39225	39225	39225
4.06667	69643	69643	69643
5.06667	43672	43672	43672
6.06667	38123	38123	38123
EOD
$d4 << EOD
0.2	25190	25190	25190
1.2	27703	27703	27703
2.2	25971	25971	25971
3.2	25670	25670	25670
4.2	28695	28695	28695
5.2	25269	25269	25269
6.2	24217	24217	24217
EOD
$d5 << EOD
0.333333	27181	27181	27181
1.33333	32281	32281	32281
2.33333	36929	36929	36929
3.33333	37200	37200	37200
4.33333	74341	74341	74341
6.33333	30806	30806	30806
EOD
if (!exists("PS")) PS = 1.1  # point size; the SVG terminal draws points larger
set termoption noenhanced
set datafile separator "\t"
set title "Read-write mixes, borders_s2_10M: p99.9 latency, ns (lower is better)" font ",12"
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
set yrange [2902.96:100360]
set format y "%g"
set ylabel "ns (p99.9) (log scale)"
set ytics (5000, 10000, 20000, 50000, 100000)
plot $d0 using 1:2 with points lc rgb "#56B4E9" pt 12 ps PS lw 1.2 title "btree_dyn", \
     $d1 using 1:2 with points lc rgb "#E69F00" pt 4 ps PS lw 1.2 title "dpgm", \
     $d2 using 1:2 with points lc rgb "#0072B2" pt 8 ps PS lw 1.2 title "gapped", \
     $d3 using 1:2 with points lc rgb "#666666" pt 6 ps PS lw 1.2 dt 2 title "rocksdb wal=0", \
     $d4 using 1:2 with points lc rgb "#D55E00" pt 2 ps PS lw 1.2 title "peer_alex", \
     $d5 using 1:2 with points lc rgb "#56B4E9" pt 12 ps PS lw 1.2 title "peer_lipp"
