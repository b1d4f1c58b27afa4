import type { ParsedQuestion, SurveyTheme } from './survey-import.types';

export interface ThemedQuestions {
  questions: ParsedQuestion[];
  themes: SurveyTheme[];
}

/**
 * A Likert question starts a theme and the open question right after it joins that theme
 * (Webropol evaluation surveys ask "score the theme" then "your open evaluation of the theme").
 * Other open questions, such as a closing "anything else?", belong to no theme.
 */
export function groupAdjacentThemes(questions: readonly ParsedQuestion[]): ThemedQuestions {
  const themes: SurveyTheme[] = [];
  const themed = questions.map((question, position) => {
    const previous = questions[position - 1];
    const current = themes.at(-1);
    if (question.kind === 'likert') {
      const theme = {
        key: `theme-${themes.length + 1}`,
        index: themes.length + 1,
        title: question.text,
        questionNumbers: [question.number],
      };
      themes.push(theme);
      return { ...question, themeKey: theme.key, themeTitle: theme.title };
    }
    if (previous?.kind === 'likert' && current && current.questionNumbers.at(-1) === previous.number) {
      current.questionNumbers.push(question.number);
      return { ...question, themeKey: current.key, themeTitle: current.title };
    }
    return question;
  });
  return { questions: themed, themes };
}

/** Groups by caller-chosen keys, in order of first appearance; the title defaults to the first Likert question's text. */
export function groupByThemeKeys(
  questions: readonly ParsedQuestion[],
  assignmentOf: (question: ParsedQuestion) => { themeKey?: string; themeTitle?: string } | undefined,
): ThemedQuestions {
  const themes = new Map<string, SurveyTheme>();
  for (const question of questions) {
    const assignment = assignmentOf(question);
    if (!assignment?.themeKey) {
      continue;
    }
    const theme = themes.get(assignment.themeKey) ?? {
      key: assignment.themeKey,
      index: themes.size + 1,
      title: '',
      questionNumbers: [],
    };
    theme.questionNumbers.push(question.number);
    theme.title ||= assignment.themeTitle ?? '';
    themes.set(theme.key, theme);
  }
  for (const theme of themes.values()) {
    const members = questions.filter((q) => theme.questionNumbers.includes(q.number));
    theme.title ||= (members.find((q) => q.kind === 'likert') ?? members[0])?.text ?? theme.key;
  }
  const themed = questions.map((question) => {
    const theme = themes.get(assignmentOf(question)?.themeKey ?? '');
    return theme ? { ...question, themeKey: theme.key, themeTitle: theme.title } : question;
  });
  return { questions: themed, themes: [...themes.values()] };
}
