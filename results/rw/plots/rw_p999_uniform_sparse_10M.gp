# Read-write mixes, uniform_sparse:10M: p99.9 latency, ns (lower is better)
# (data blocks first; terminal and output are set by the caller)
$d0 << EOD
-0.333333	13998	13998	13998
0.666667	22534	22534	22534
1.66667	22233	22233	22233
2.66667	22752	22752	22752
3.66667	25038	25038	25038
4.66667	23004	23004	23004
5.66667	22522	22522	22522
EOD
$d1 << EOD
-0.2	3888	3888	3888
0.8	4298	4298	4298
1.8	4198	4198	4198
2.8	3857	3857	3857
3.8	5972	5972	5972
4.8	4479	4479	4479
5.8	4029	4029	4029
EOD
$d2 << EOD
-0.0666667	873	873	873
0.933333	902	902	902
1.93333	1131	1131	1131
2.93333	951	951	951
3.93333	19377	19377	19377
4.93333	1091	1091	1091
5.93333	910	910	910
EOD
$d3 << EOD
0.0666667	35318	35318	35318
1.06667	38645	38645	38645
2.06667	35568	35568	35568
3.06667	37582	37582	37582
4.06667	76946	76946	76946
5.06667	45216	45216	45216
6.06667	41760	41760	41760
EOD
$d4 << EOD
0.2	823	823	823
1.2	881	881	881
2.2	1072	1072	1072
3.2	1093	1093	1093
4.2	19215	19215	19215
5.2	1234	1234	1234
6.2	1091	1091	1091
EOD
$d5 << EOD
0.333333	24275	24275	24275
1.33333	28743	28743	28743
2.33333	29647	29647	29647
3.33333	30457	30457	30457
4.33333	46509	46509	46509
6.33333	27782	27782	27782
EOD
if (!exists("PS")) PS = 1.1  # point size; the SVG terminal draws points larger
set termoption noenhanced
set datafile separator "\t"
set title "Read-write mixes, uniform_sparse:10M: p99.9 latency, ns (lower is better)" font ",12"
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
set yrange [609.63:103877]
set format y "%g"
set ylabel "ns (p99.9) (log scale)"
set ytics (1000, 2000, 5000, 10000, 20000, 50000, 100000)
plot $d0 using 1:2 with points lc rgb "#56B4E9" pt 12 ps PS lw 1.2 title "btree_dyn", \
     $d1 using 1:2 with points lc rgb "#E69F00" pt 4 ps PS lw 1.2 title "dpgm", \
     $d2 using 1:2 with points lc rgb "#0072B2" pt 8 ps PS lw 1.2 title "gapped", \
     $d3 using 1:2 with points lc rgb "#666666" pt 6 ps PS lw 1.2 dt 2 title "rocksdb wal=0", \
     $d4 using 1:2 with points lc rgb "#D55E00" pt 2 ps PS lw 1.2 title "peer_alex", \
     $d5 using 1:2 with points lc rgb "#56B4E9" pt 12 ps PS lw 1.2 title "peer_lipp"
