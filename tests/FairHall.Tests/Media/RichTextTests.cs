using FairHall.Platform.Html;

namespace FairHall.Tests.Media;

/// <summary>The rich-description sanitizer (CAT-2, X-1): allow-list, script-like content gone, only safe URL schemes.</summary>
[Trait("Req", "CAT-2")]
[Trait("Req", "X-1")]
public sealed class RichTextTests
{
    [Theory]
    [InlineData("<p>hi<script>alert(1)</script></p>", "<p>hi</p>")]
    [InlineData("<SCRIPT SRC=//x.example/x.js></SCRIPT>ok", "ok")]
    [InlineData("<img src=\"/media/1/abc\" onerror=\"alert(1)\">", "<img src=\"/media/1/abc\">")]
    [InlineData("<img src=x onerror=alert(1)>", "")]
    [InlineData("<a href=\"javascript:alert(1)\">x</a>", "x")]
    [InlineData("<a href=\"jav&#x09;ascript:alert(1)\">x</a>", "x")]
    [InlineData("<a href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)\">x</a>", "x")]
    [InlineData("<a href=\" javascript:alert(1)\">x</a>", "x")]
    [InlineData("<a href=\"JaVaScRiPt:alert(1)\">x</a>", "x")]
    [InlineData("<a href=\"java\nscript:alert(1)\">x</a>", "x")]
    [InlineData("<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">x</a>", "x")]
    [InlineData("<a href=\"vbscript:msgbox(1)\">x</a>", "x")]
    [InlineData("<img src=\"data:image/png;base64,AAAA\" alt=a>", "")]
    [InlineData("<svg><script>alert(1)</script></svg>after", "after")]
    [InlineData("<svg onload=alert(1)><circle/></svg>", "")]
    [InlineData("<math><mi xlink:href=\"javascript:alert(1)\">x</mi></math>", "")]
    [InlineData("<iframe src=\"https://evil.example\"></iframe>t", "t")]
    [InlineData("<object data=\"x.swf\"></object><embed src=x>t", "t")]
    [InlineData("<style>body{display:none}</style><p style=\"color:red\">t</p>", "<p>t</p>")]
    [InlineData("<p onclick=\"x()\" class=\"c\" id=\"i\">t</p>", "<p>t</p>")]
    [InlineData("<div><span>text</span></div>", "text")]
    [InlineData("<!-- <script>alert(1)</script> -->t", "t")]
    [InlineData("<b>1 &lt; 2 &amp; \"3\"</b>", "<b>1 &lt; 2 &amp; &quot;3&quot;</b>")]
    [InlineData("<scr<script>ipt>alert(1)</script>", "ipt&gt;alert(1)")]
    public void Dangerous_input_is_removed(string input, string expected) =>
        RichText.Sanitize(input).ShouldBe(expected);

    [Fact]
    public void Allowed_markup_survives_with_safe_links()
    {
        var html = "<h3>标题</h3><p><strong>粗</strong><em>斜</em><u>下</u><br></p><ul><li>一</li></ul><ol><li>二</li></ol>"
            + "<blockquote>q</blockquote><a href=\"https://fair.example/x?a=1&amp;b=2\" target=\"_blank\">l</a>"
            + "<a href=\"mailto:sales@example.com\">m</a><img src=\"https://cdn.example/p.png\" alt=\"图\" width=\"9\">"
            + "<table><tbody><tr><th colspan=\"2\">h</th></tr><tr><td>1</td><td rowspan=\"x\">2</td></tr></tbody></table>";
        RichText.Sanitize(html).ShouldBe(
            "<h3>标题</h3><p><strong>粗</strong><em>斜</em><u>下</u><br></p><ul><li>一</li></ul><ol><li>二</li></ol>"
            + "<blockquote>q</blockquote><a href=\"https://fair.example/x?a=1&amp;b=2\" rel=\"nofollow noopener\">l</a>"
            + "<a href=\"mailto:sales@example.com\" rel=\"nofollow noopener\">m</a><img src=\"https://cdn.example/p.png\" alt=\"图\">"
            + "<table><tbody><tr><th colspan=\"2\">h</th></tr><tr><td>1</td><td>2</td></tr></tbody></table>");
    }

    [Fact]
    public void Empty_and_deeply_nested_input_do_not_fail()
    {
        RichText.Sanitize(null).ShouldBe("");
        RichText.Sanitize("   ").ShouldBe("");
        var deep = string.Concat(Enumerable.Repeat("<b>", 5000)) + "x";
        var clean = RichText.Sanitize(deep);
        clean.ShouldContain("<b>x</b>");
        clean.Split("<b>").Length.ShouldBeLessThanOrEqualTo(65);
        clean.Split("<b>").Length.ShouldBe(clean.Split("</b>").Length);
    }
}
