namespace Crosscheck.Tests.Dedup;

/// <summary>
/// One fictional wire story and its fates: a machine translation back into English, a cut and
/// re-headlined copy, and an independent report of the same event by another outlet.
/// </summary>
internal static class CopyTexts
{
    public const string Wire = """
        An explosion at a chemical plant in the northern city of Valdora killed 12 people and injured 47 others on Monday, regional officials said, forcing the evacuation of about 300 residents.
        The blast tore through a storage hall of Kestrel Chemicals shortly after 9 am, sending a column of black smoke over the Marenza province.
        "We heard one huge bang and then the windows came in," said Lena Ostrova, who lives two streets from the plant.
        Governor Ilse Varga said rescue teams were still searching the rubble for three missing workers.
        "The priority now is to find everyone who is still unaccounted for," Varga told reporters at the scene.
        Fire chief Tomas Brenner said 80 firefighters and 25 engines had been sent to the site.
        The fire was brought under control after five hours, Brenner said, but the hall could still collapse.
        Kestrel Chemicals, which employs some 1,400 people in Valdora, said it was cooperating fully with investigators.
        The company said the hall held around 60 tonnes of solvents and fertiliser components.
        Residents within a radius of 2 kilometres were told to keep their windows closed.
        Environment minister Paulo Anders said air samples taken near the plant showed no toxic levels so far.
        "There is no danger for the wider population at this stage," Anders said in a statement.
        Prosecutors in Marenza opened an investigation into possible negligence on Monday evening.
        The plant was built in 1987 and was last inspected in March, according to the regional labour office.
        Union leader Karel Dusek said workers had complained about faulty ventilation for months.
        "We warned the management again and again," Dusek said.
        Among the injured were four firefighters and a 9-year-old boy who was hit by flying glass.
        Doctors at the Valdora General Hospital said seven of the injured were in a serious condition.
        Prime Minister Aurelio Santos declared a day of national mourning for Wednesday.
        Santos said he would travel to Valdora on Tuesday to meet the families of the victims.
        It is the deadliest industrial accident in the country since 2009, when 19 miners died in a gas blast in Ostrel.
        Train services between Valdora and the capital Brannsk were suspended for six hours.
        The regional council said it would pay 5,000 euros to each family that lost a relative.
        Investigators expect to publish a first report on the causes within 30 days.
        Kestrel Chemicals shares fell 8 percent in trading on Monday afternoon.
        """;

    /// <summary>The wire story run through a machine translator and back: synonyms, word order, number words, a sentence dropped.</summary>
    public const string Translated = """
        An explosion in a chemistry factory in the north city of Valdora has killed twelve persons and wounded 47 others on Monday, said regional responsibles, forcing the evacuation of approximately 300 inhabitants.
        The detonation traversed a storage hangar of Kestrel Chemicals a little after 9 am, sending a column of black smoke above the province of Marenza.
        "We heard an enormous noise and after the windows entered," said Lena Ostrova, who lives at two streets of the factory.
        The governor Ilse Varga declared that rescue equipes still searched the debris for three disappeared workers.
        "The priority now is to find all those who are still not located," Varga said to journalists on the place.
        The chief of firemen Tomas Brenner said that 80 firemen and 25 vehicles had been sent to the site.
        The fire was mastered after five hours, declared Brenner, but the hangar could still collapse.
        Kestrel Chemicals, which employs approximately 1,400 persons in Valdora, said that it cooperated totally with the investigators.
        Inhabitants in a perimeter of two kilometres were asked to keep their windows closed.
        The minister of Environment Paulo Anders said that the samples of air taken near the factory showed no toxic levels until now.
        "There is not any danger for the large population at this stage," declared Anders in a communique.
        The prosecutors of Marenza opened an inquiry for possible negligence Monday evening.
        The factory was constructed in 1987 and inspected for the last time in March, according to the regional office of work.
        The syndicate leader Karel Dusek said that the workers complained of defective ventilation since months.
        "We have warned the direction again and again," said Dusek.
        Among the wounded figured four firemen and a boy of nine years who was struck by glass flying.
        The doctors of the Valdora General Hospital said that seven of the wounded were in grave state.
        The Prime Minister Aurelio Santos declared a day of national mourning for Wednesday.
        Santos said that he would go to Valdora on Tuesday to meet the families of victims.
        It is the most deadly industrial accident of the country since 2009, when 19 miners died in an explosion of gas at Ostrel.
        The train services between Valdora and the capital Brannsk were suspended during six hours.
        The regional council said that it would pay 5,000 euros to every family which lost a relative.
        The investigators expect to publish a first report on the causes in 30 days.
        The actions of Kestrel Chemicals fell of 8 percent in the exchanges Monday afternoon.
        """;

    /// <summary>The wire story's first half under a new headline, lightly edited.</summary>
    public const string Cut = """
        An explosion at a chemical plant in the northern city of Valdora killed 12 people and injured 47 others on Monday, regional officials said, forcing the evacuation of about 300 residents.
        The blast tore through a storage hall of Kestrel Chemicals shortly after 9 am, sending a column of black smoke over the Marenza province.
        "We heard one huge bang and then the windows came in," said Lena Ostrova, who lives two streets from the plant.
        Governor Ilse Varga said rescue teams were still searching the rubble for three missing workers.
        "The priority now is to find everyone who is still unaccounted for," Varga told reporters at the scene.
        Fire chief Tomas Brenner said 80 firefighters and 25 engines had been sent to the site.
        The fire was brought under control after five hours, Brenner said, but the hall could still collapse.
        Kestrel Chemicals, which employs some 1,400 people in Valdora, said it was cooperating fully with investigators.
        The company said the hall held around 60 tonnes of solvents and fertiliser components.
        Residents within a radius of 2 kilometres were told to keep their windows closed.
        Environment minister Paulo Anders said air samples taken near the plant showed no toxic levels so far.
        """;

    /// <summary>Another outlet's own reporting of the same blast: the same names and figures, its own order and quotes.</summary>
    public const string Independent = """
        Families gathered outside the Valdora General Hospital on Tuesday morning, waiting for news of relatives hurt in the blast at the Kestrel Chemicals plant.
        Hospital director Mira Kovac said seven patients remained in a serious condition and that a 9-year-old boy had undergone surgery overnight.
        "He is stable, and we are hopeful," Kovac said.
        The explosion on Monday killed 12 people, according to the latest count from the Marenza province authorities, and 47 were injured.
        Three workers are still missing.
        Karel Dusek, who leads the plant's union, told our reporter that staff had raised concerns about the ventilation system in writing last year.
        "Nobody listened to us, and now twelve families are grieving," he said.
        Kestrel Chemicals declined to comment on the union's claims, saying only that it would support the inquiry.
        Prime Minister Aurelio Santos arrived in Valdora by train from Brannsk in the early afternoon.
        He laid flowers at the gates of the plant and met Governor Ilse Varga and fire chief Tomas Brenner.
        "The state will stand with every family that has lost someone," Santos said after the meeting.
        Some 300 residents who were evacuated on Monday have been allowed to return to their homes.
        The environment ministry, headed by Paulo Anders, said its measurements showed the air was safe.
        The regional council confirmed a payment of 5,000 euros per bereaved family.
        Opposition politicians demanded a full review of inspections at chemical sites nationwide.
        The plant, opened in 1987, produces fertiliser and industrial solvents for export.
        Its last inspection took place in March and found no serious faults, the labour office said.
        Local shops in Valdora closed at noon as a sign of respect.
        A day of national mourning will be held on Wednesday.
        The blast was the country's worst industrial disaster since 2009.
        Prosecutors have opened a negligence investigation.
        """;

    /// <summary>The same wire's byline on a report about something else entirely.</summary>
    public const string OtherWireStory = """
        The central bank of Brannsk raised its main interest rate by 0.5 percentage points on Thursday, its third increase this year, citing persistent inflation.
        Governor Hector Lindqvist said prices had risen 6.2 percent in the year to October, well above the bank's target of 2 percent.
        "We will do what it takes to bring inflation back under control," Lindqvist told a press conference.
        The decision was expected by most economists polled by the agency.
        The national currency rose 1.1 percent against the euro after the announcement.
        Finance minister Dora Halvorsen said the government supported the bank's independence.
        Business groups warned that higher borrowing costs would hurt small firms already struggling with energy bills.
        "Many of our members are at breaking point," said Emil Sorensen of the Federation of Small Traders.
        The bank's next meeting is scheduled for December 14.
        Analysts at Northgate Capital expect one more increase before the end of the year.
        Mortgage lenders said they would pass on the increase to customers within weeks.
        Household debt in Brannsk stands at about 84 percent of disposable income, according to official data.
        """;

    /// <summary>A same-day story from the outlet that ran the independent report, about something else.</summary>
    public const string SameOutletOtherStory = """
        Valdora's football club appointed Stefan Morello as its new head coach on Tuesday, ending a search that lasted two months.
        Morello, 44, signed a contract until 2027 and will take charge of training on Thursday.
        "This is a club with a great history and an even greater crowd," Morello said at his presentation.
        The club finished ninth in the league last season, its worst result in 11 years.
        Chairman Ruben Alves said the board had interviewed six candidates.
        Morello previously coached Ostrel United, whom he led to a cup final in 2021.
        Season tickets will go on sale next week at prices frozen at last year's level.
        The first league match of the new season is against Brannsk Rovers on August 9.
        """;
}
