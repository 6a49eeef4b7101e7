# Read-write mixes, borders_s2_10M: p99.9 latency, ns (lower is better)
# (data blocks first; terminal and output are set by the caller)
$d0 << EOD
-0.333333	11062	11062	11062
0.666667	21361	21361	21361
1.66667	21923	21923	21923
2.66667	18416	18416	18416
3.66667	25489	25489	25489
4.66667	22734	22734	22734
5.66667	4840	4840	4840
EOD
$d1 << EOD
-0.2	8777	8777	8777
0.8	10752	10752	10752
1.8	10421	10421	10421
2.8	10191	10191	10191
3.8	24718	24718	24718
4.8	10591	10591	10591
5.8	8547	8547	8547
EOD
$d2 << EOD
-0.0666667	22554	22554	22554
0.933333	2496	2496	2496
1.93333	24858	24858	24858
2.93333	23535	23535	23535
3.93333	24738	24738	24738
4.93333	14909	14909	14909
5.93333	23796	23796	23796
EOD
$d3 << EOD
0.0666667	39795	39795	39795
1.06667	41910	41910	41910
2.06667	38213	38213	38213
3.06667	45107	45107	45107
4.06667	77729	77729	77729
5.06667	47400	47400	47400
6.06667	40097	40097	40097
EOD
$d4 << EOD
0.2	22714	22714	22714
1.2	24809	24809	24809
2.2	24768	24768	24768
3.2	25679	25679	25679
4.2	26911	26911	26911
5.2	25409	25409	25409
6.2	23926	23926	23926
EOD
$d5 << EOD
0.333333	26261	26261	26261
1.33333	28625	28625	28625
2.33333	29838	29838	29838
3.33333	29186	29186	29186
4.33333	56608	56608	56608
6.33333	27363	27363	27363
EOD
if (!exists("PS")) PS = 1.1  # point size; the SVG terminal draws points larger
set termoption noenhanced
set datafile separator "\t"
set title "Read-write mixes, borders_s2_10M: p99.9 latency, ns (lower is better)" font ",12"
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
set yrange [1848.89:104934]
set format y "%g"
set ylabel "ns (p99.9) (log scale)"
set ytics (2000, 5000, 10000, 20000, 50000, 100000)
plot $d0 using 1:2 with points lc rgb "#56B4E9" pt 12 ps PS lw 1.2 title "btree_dyn", \
     $d1 using 1:2 with points lc rgb "#E69F00" pt 4 ps PS lw 1.2 title "dpgm", \
     $d2 using 1:2 with points lc rgb "#0072B2" pt 8 ps PS lw 1.2 title "gapped", \
     $d3 using 1:2 with points lc rgb "#666666" pt 6 ps PS lw 1.2 dt 2 title "rocksdb wal=0", \
     $d4 using 1:2 with points lc rgb "#D55E00" pt 2 ps PS lw 1.2 title "peer_alex", \
     $d5 using 1:2 with points lc rgb "#56B4E9" pt 12 ps PS lw 1.2 title "peer_lipp"
