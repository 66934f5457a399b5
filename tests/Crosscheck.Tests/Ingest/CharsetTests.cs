using System.Text;
using Crosscheck.Ingest;
using Crosscheck.Ingest.Formats;

namespace Crosscheck.Tests.Ingest;

/// <summary>Legacy charsets decoded from their declaration; undeclared invalid UTF-8 is still refused.</summary>
public class CharsetTests
{
    static CharsetTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static string? Decode(byte[] bytes, out string? reason) => TextDecoding.Decode(bytes, new ReadOptions(), out reason);

    [Theory]
    [InlineData("windows-1252", "<html><head><meta charset=\"windows-1252\"></head><body><p>Le préfet a déclaré mardi que la crue était terminée.</p></body></html>")]
    [InlineData("koi8-r", "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=koi8-r\"></head><body><p>Губернатор заявил во вторник, что вода уходит.</p></body></html>")]
    [InlineData("windows-1251", "<?xml version=\"1.0\" encoding=\"windows-1251\"?><rss><channel><title>Новости области</title></channel></rss>")]
    [InlineData("shift_jis", "<html><head><meta charset=shift_jis></head><body><p>知事は火曜日、水が引いていると述べた。</p></body></html>")]
    [InlineData("big5", "<html><head><meta charset='big5'></head><body><p>縣長週二表示，洪水正在消退。</p></body></html>")]
    public void A_declared_legacy_charset_is_decoded_as_declared(string charset, string text)
    {
        var bytes = Encoding.GetEncoding(charset).GetBytes(text);
        Assert.Equal(text, Decode(bytes, out var reason));
        Assert.Null(reason);
    }

    [Fact]
    public void Valid_utf8_wins_over_a_wrong_declaration()
    {
        const string text = "<html><head><meta charset=\"iso-8859-1\"></head><body><p>Le préfet a déclaré mardi.</p></body></html>";
        Assert.Equal(text, Decode(Encoding.UTF8.GetBytes(text), out _));
    }

    [Fact]
    public void Undeclared_invalid_utf8_is_still_refused_with_a_reason()
    {
        var bytes = Encoding.GetEncoding("windows-1252").GetBytes("Le préfet a déclaré mardi que la crue était terminée et que les évacués rentrent.");
        Assert.Null(Decode(bytes, out var reason));
        Assert.StartsWith("invalid UTF-8", reason, StringComparison.Ordinal);
    }
}
