using Crosscheck.Clean;
using Crosscheck.Model;

namespace Crosscheck.Tests.Clean;

public class LanguageDetectorTests
{
    [Theory]
    [InlineData("en", "The government said on Monday that the bridge would be closed for repairs and that traffic was diverted.")]
    [InlineData("fr", "Le gouvernement a annoncé lundi que le pont serait fermé pour des travaux et que la circulation était déviée.")]
    [InlineData("de", "Die Regierung teilte am Montag mit, dass die Brücke für Reparaturen gesperrt wird und der Verkehr umgeleitet wurde.")]
    [InlineData("es", "El gobierno dijo el lunes que el puente estará cerrado por obras y que el tráfico fue desviado por la ciudad.")]
    [InlineData("it", "Il governo ha detto lunedì che il ponte sarà chiuso per lavori e che il traffico è stato deviato dalla polizia.")]
    [InlineData("pt", "O governo disse na segunda-feira que a ponte será fechada para obras e que o trânsito foi desviado pela polícia.")]
    [InlineData("nl", "De regering zei maandag dat de brug wordt gesloten voor reparaties en dat het verkeer werd omgeleid door de politie.")]
    [InlineData("pl", "Rząd poinformował w poniedziałek, że most zostanie zamknięty z powodu remontu, a ruch jest kierowany objazdem przez miasto.")]
    [InlineData("tr", "Hükümet pazartesi günü yaptığı açıklamada köprünün onarım için kapatılacağını ve trafiğin başka yollara yönlendirildiğini söyledi, ancak tarih vermedi ve bu çok önemli.")]
    [InlineData("ru", "Правительство заявило в понедельник, что мост будет закрыт на ремонт, а движение по нему было перенаправлено, как и в прошлом году.")]
    [InlineData("uk", "Уряд заявив у понеділок, що міст буде закрито на ремонт, а рух було перенаправлено, як і минулого року, та це не вперше.")]
    [InlineData("ar", "قالت الحكومة يوم الاثنين إن الجسر سيغلق للإصلاحات وإن حركة المرور تم تحويلها إلى طرق أخرى.")]
    [InlineData("el", "Η κυβέρνηση ανακοίνωσε τη Δευτέρα ότι η γέφυρα θα κλείσει για επισκευές.")]
    public void Detects_the_language_of_a_news_sentence(string expected, string text)
    {
        var report = new Report("r", text);
        new ReportCleaner().Process(report);
        Assert.Equal(expected, report.Language);
    }

    [Theory]
    [InlineData("12:30 — 4-2", "numbers only")]
    [InlineData("Zelenskyy Putin Trump", "names only")]
    [InlineData("", "empty")]
    public void Is_undetermined_when_unsure(string text, string why)
    {
        Assert.True(LanguageDetector.Detect(text, CleanOptions.Default) == "und", why);
    }
}
