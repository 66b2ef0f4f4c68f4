from common import E, P, S, R, L

META = {"url": "https://rhinebusinesscourier.example/industry/2014/04/14/gabriel-halts-saudi-tank-talks",
        "title": "Gabriel halts Saudi tank talks, citing human rights",
        "published": "2014-04-14", "source": "Rhine Business Courier"}

TEXT = """Rhine Business Courier
Markets | Companies | Industry | Energy | Politics | Careers
DAX 9,173.71 -0.55%   EUR/USD 1.3818
Print edition | Subscribe | Log in

INDUSTRY

Gabriel halts Saudi tank talks, citing human rights

14.04.2014 | 07:45 | Michael Brandt, Berlin

Economy Minister Sigmar Gabriel will not approve the sale of Leopard 2 battle tanks to Saudi Arabia, his ministry confirmed on Sunday, ending three years of speculation about one of the largest arms deals ever discussed in Germany.

According to reports that first surfaced in 2011, Riyadh had sought between 600 and 800 tanks from the Munich-based manufacturer Krauss-Maffei Wegmann. The ministry said on Sunday that no contract had ever been signed and no export licence granted. "There is no approval, and there will be none," a spokesman said.

Gabriel, who as leader of the Social Democrats campaigned last year for tighter export rules, has said arms sales to "unstable regions" should be the exception. Officials said the decision had been taken by the Federal Security Council, the secretive cabinet committee that rules on major exports, but declined to give details.

The Greens and the Left Party have challenged the council's secrecy before the Constitutional Court, demanding that the government tell parliament how it reaches such decisions. The court is expected to rule later this year.

Industry representatives warned that the decision would cost jobs in Munich and Kassel, where the tanks are assembled. "Our customers need to know whether Germany is a reliable supplier," said a manager at a supplier company who asked not to be named. Krauss-Maffei Wegmann declined to comment.

The CDU's economic wing called the decision "a signal against German industry". Gabriel's spokesman said the minister would meet works councils at defence firms in the coming weeks.

Share  |  Print  |  Send
More from Industry
- Siemens weighs options for energy unit
- Airbus defence arm to cut jobs
- Shipyard orders lift northern economy

(c) Rhine Business Courier 2014 | Imprint | Privacy
"""

EVENTS = []
