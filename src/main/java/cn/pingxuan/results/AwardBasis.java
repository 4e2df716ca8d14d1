package cn.pingxuan.results;

/** What a tier is allocated from: the judges' final ranking, or the public vote (人气奖). */
public enum AwardBasis {
    SCORE("评审成绩"),
    VOTES("网络投票");

    private final String label;

    AwardBasis(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
